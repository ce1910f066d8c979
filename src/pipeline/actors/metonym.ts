import type { Token } from '../segment/index.ts';
import { LOCATION_PREPS, PLACE_POSSESSED, PLACE_PREDICATES, SPEECH_VERBS } from './lexicon.ts';

/**
 * Does the sentence use a capital (Moscow, the Kremlin, Washington) as an actor or as a place?
 * Actor: subject of a verb ("Moscow rejected", "the Kremlin has said"), a possessor of a stance
 * ("Kyiv's position"), a party to talks ("between Kyiv and Moscow", "talks with Moscow"), an agent
 * ("rejected by Moscow"). Place: after a locative preposition or verb of travel ("in Moscow",
 * "flew to Moscow"), a possessor of city things ("Moscow's streets"), the subject of a verb that
 * happens to places ("Kyiv was hit"). Anything else stays a place: a false actor is worse than a
 * missed one.
 */

const AUX_SKIP = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'is',
  'was',
  'were',
  'are',
  'also',
  'again',
  'already',
  'still',
  'now',
  'then',
  'has',
  'not',
  "n't",
  'never',
  'reportedly',
  'repeatedly',
  'previously',
  'swiftly',
  'quickly',
  'firmly',
  'publicly',
  'officially',
  'flatly',
  'long',
  'since',
]);
const METONYM_AGENTS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'insider',
  'insiders',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'negotiator',
  'negotiators',
  'envoy',
  'envoys',
  'diplomat',
  'diplomats',
  'leadership',
]);
/** Groups a government sends, named by where they come from ("a delegation from Moscow"). */
const SENT_GROUPS = new Set(['delegation', 'delegations', 'team', 'teams', 'representatives', 'ministers']);

const RELATIONAL = new Set([
  'pressure',
  'demands',
  'demand',
  'call',
  'calls',
  'deal',
  'agreement',
  'talks',
  'negotiations',
  'concessions',
  'relations',
  'ties',
  'contacts',
  'meeting',
  'meetings',
  'dialogue',
  'war',
  'dispute',
  'channel',
  'channels',
  'deals',
  'understanding',
  'sanctions',
  'message',
  'messages',
  'ultimatum',
  'gap',
  'differences',
]);
const ACTOR_ADJ = new Set([
  'ready',
  'willing',
  'unwilling',
  'prepared',
  'open',
  'determined',
  'keen',
  'eager',
  'opposed',
  'reluctant',
  'confident',
  'adamant',
  'insistent',
  'unhappy',
  'satisfied',
  'committed',
  'interested',
  'skeptical',
  'sceptical',
  'wary',
]);

export function isActorUse(
  tokens: readonly Token[],
  first: number,
  last: number,
  sentStart: number,
  sentEnd: number,
  prevDecision: boolean | null,
): boolean {
  let p = first - 1;
  if (p >= sentStart && (tokens[p] as Token).lower === 'the') p--;
  const prev = p >= sentStart ? (tokens[p] as Token).lower : '';
  const prev2 = p - 1 >= sentStart ? (tokens[p - 1] as Token).lower : '';
  if (prev === 'between' || prev === 'by') return true;
  if ((prev === 'and' || prev === 'or') && prevDecision !== null) return prevDecision;
  if (
    (prev === 'with' || prev === 'on' || prev === 'against' || prev === 'for' || prev === 'from') &&
    RELATIONAL.has(prev2)
  )
    return true;
  // "negotiators from Washington and Kyiv", "a delegation from Moscow": the people a capital sends.
  if (prev === 'from' && (METONYM_AGENTS.has(prev2) || SENT_GROUPS.has(prev2))) return true;
  // "according to the Kremlin", "a source close to Moscow": the capital speaks, it is not a destination.
  if (prev === 'to' && (prev2 === 'according' || prev2 === 'close' || prev2 === 'closer')) return true;
  // "officials in Moscow said": the people of the capital's government, unless a qualifier names
  // others ("Western diplomats in Moscow").
  if (
    prev === 'in' &&
    RESIDENT_AGENTS.has(prev2) &&
    !(p - 2 >= sentStart && /^\p{Lu}/u.test((tokens[p - 2] as Token).text))
  )
    return true;
  if (LOCATION_PREPS.has(prev)) {
    // "disputes over Moscow's limit on the army": a capital's stance noun is its government's.
    const n0 = tokens[last];
    const after = last + 1 < sentEnd ? (tokens[last + 1] as Token).lower : '';
    return !!n0 && (n0.lower === "'s" || n0.lower === '\u2019s') && STANCE_NOUNS.has(after);
  }

  let n = last;
  // "The Kremlin, which has rejected …": the relative clause's verb is the capital's.
  if (
    n + 1 < sentEnd &&
    (tokens[n] as Token).text === ',' &&
    /^(?:which|who)$/.test((tokens[n + 1] as Token).lower)
  )
    n += 2;
  // "Kremlin officials", "Kyiv negotiators": the capital names the government its people serve.
  const agent = n < sentEnd ? (tokens[n] as Token).lower : '';
  if (METONYM_AGENTS.has(agent)) return true;
  const next = n < sentEnd ? (tokens[n] as Token) : null;
  if (!next) return false;
  if (next.lower === "'s" || next.lower === '\u2019s' || next.lower === "'") {
    const after = n + 1 < sentEnd ? (tokens[n + 1] as Token).lower : '';
    return !PLACE_POSSESSED.has(after) && !PLACE_POSSESSED.has(after.replace(/s$/, ''));
  }
  // "Kyiv and Moscow have agreed": look past a coordinated capitalized name.
  if (
    (next.lower === 'and' || next.lower === 'or') &&
    n + 1 < sentEnd &&
    /^\p{Lu}/u.test((tokens[n + 1] as Token).text)
  ) {
    n += 2;
    while (n < sentEnd && /^\p{Lu}/u.test((tokens[n] as Token).text)) n++;
  } else if (
    // "Kyiv and its allies saw …": the capital and its partners act together.
    (next.lower === 'and' || next.lower === 'or') &&
    n + 2 < sentEnd &&
    /^(?:its|their)$/.test((tokens[n + 1] as Token).lower) &&
    /^(?:allies|partners|backers|supporters)$/.test((tokens[n + 2] as Token).lower)
  )
    n += 3;
  // The first verb after optional auxiliaries and adverbs.
  let sawAux = false;
  for (let k = n; k < Math.min(sentEnd, n + 5); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' && t.text !== ',') return false;
    if (t.text === ',') {
      // "Moscow, for its part, said" — skip a short parenthetical.
      const close = tokens.slice(k + 1, Math.min(sentEnd, k + 6)).findIndex((x) => x.text === ',');
      if (close < 0) return false;
      k += close + 1;
      continue;
    }
    if (AUX_SKIP.has(t.lower) || t.pos === 'ADV' || t.pos === 'PART') {
      if (t.pos === 'AUX' || AUX_SKIP.has(t.lower)) sawAux = true;
      continue;
    }
    if (t.pos === 'VERB' || SPEECH_VERBS.has(t.lower))
      // "Kyiv saw heavy shelling" is a place; "Kyiv saw the plan as a capitulation" is a judgement.
      return !PLACE_PREDICATES.has(t.lower) || (SEEING.has(t.lower) && seenAs(tokens, k + 1, sentEnd));
    // After an auxiliary, a participle the tagger calls an adjective is still a verb ("had hardened").
    if (sawAux && t.pos === 'ADJ')
      return ACTOR_ADJ.has(t.lower) || (/ed$/.test(t.lower) && !PLACE_PREDICATES.has(t.lower));
    return false;
  }
  return false;
}

const SEEING = new Set(['saw', 'sees', 'see']);
/** "… as a(n)" within a few words: seeing something as something is a judgement, not an event. */
function seenAs(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++)
    if ((tokens[k] as Token).lower === 'as') return /^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '');
  return false;
}

/** The people of a government, named by the capital they sit in ("officials in Moscow"). */
const RESIDENT_AGENTS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'insiders',
  'leadership',
  'authorities',
]);

/** Nouns a capital's government owns: "over Moscow's demands", "on Kyiv's terms", "in the Kremlin's view". */
const STANCE_NOUNS = new Set([
  'view',
  'views',
  'eyes',
  'opinion',
  'assessment',
  'thinking',
  'limit',
  'demand',
  'demands',
  'position',
  'proposal',
  'terms',
  'offer',
  'plan',
  'refusal',
  'rejection',
  'conditions',
  'insistence',
  'ban',
  'cap',
  'stance',
  'objections',
]);
