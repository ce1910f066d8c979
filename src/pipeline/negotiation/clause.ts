import type { Segmented, Token } from '../segment/index.ts';
import { lowerBound, within } from './text.ts';
import type { ActorMentionIn, QuoteIn } from './types.ts';

/**
 * Clause-level helpers: where the clause around an offset starts and ends, who its subject is.
 * A full parse is not needed for the patterns news copy uses to report positions; the sentence's
 * punctuation and a few subordinators bound clauses well enough, and the POS tags from the
 * segment stage tell verbs from nouns.
 */

const CLAUSE_BREAK = /;|\s[—–]\s|\s--\s|\b(?:but|while|whereas|although|though|however|which|who)\b/giu;

export function clauseStart(text: string, sentStart: number, offset: number): number {
  const region = text.slice(sentStart, offset);
  let last = 0;
  const re = new RegExp(CLAUSE_BREAK.source, CLAUSE_BREAK.flags);
  for (let x = re.exec(region); x !== null; x = re.exec(region)) {
    // ", which mediated the talks, support …": a relative clause closed by a comma is not a break.
    if (/^(?:which|who)$/i.test(x[0]) && region.slice(x.index).includes(',')) continue;
    // "Bessent, however, wants …": a parenthetical connective between commas does not end the clause.
    if (/^(?:however|though)$/i.test(x[0]) && /^,/u.test(region.slice(x.index + x[0].length))) continue;
    last = x.index + x[0].length;
  }
  return sentStart + last;
}

export function clauseEnd(text: string, offset: number, sentEnd: number): number {
  const region = text.slice(offset, sentEnd);
  const re = new RegExp(CLAUSE_BREAK.source, CLAUSE_BREAK.flags);
  for (let x = re.exec(region); x !== null; x = re.exec(region)) {
    // "rejects any arrangement under which Ukraine would cede land": a restrictive relative clause
    // (no comma before it) says which object is meant; it does not end the clause.
    if (/^(?:which|who)$/i.test(x[0]) && RESTRICTIVE_LEAD_RE.test(region.slice(0, x.index))) continue;
    return offset + x.index;
  }
  return sentEnd;
}
/** A noun right before a relative pronoun, with at most a preposition between: a restrictive clause. */
const RESTRICTIVE_LEAD_RE = /[\p{L}\p{N}]\s+(?:(?:under|in|by|through|with|for|from)\s+)?$/u;

export function tokenAt(seg: Segmented, offset: number): Token | undefined {
  const i = lowerBound(seg.tokens, offset);
  const t = seg.tokens[i];
  return t && t.start === offset ? t : undefined;
}

/** Common nouns a name modifies ("US offer", "Russian control") rather than governs as a subject. */
const NOUN_AFTER_RE =
  /^(?:offer|control|forces|troops|army|military|territory|soil|assets|economy|attacks?|strikes?|peace|war|invasion|occupation|sovereignty|membership|bid|claims?|gains|oil|gas|energy|sanctions|summit|talks)$/u;
/** After "Ukrainian forces": a refusal to pull out ("would not withdraw", "will never cede"). */
const FORCES_REFUSE_RE =
  /^\s+(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?:\p{L}+ly\s+|ever\s+)?(?:withdraw|pull\s+(?:out|back)|walk\s+away|cede|hand\s+over|surrender)\b/iu;
/** Subject pronouns, and "his government" / "her country", which stand for the person's state. */
const PRONOUN_RE =
  /\b(?:he|she|it|they|we|i)\b(?![''’])|\b(?:his|her)\s+(?:country|government|administration|nation|cabinet)\b/giu;
/** A mention after a preposition ("with Mr. Trump", "to the EU") is its object, not a subject. */
export const OBJECT_PREP_RE =
  /\b(?:to|with|against|from|by|on|for|about|over|into|toward|towards|between|among|like|than|in|at|near|inside|outside|across)\s+(?:the\s+|a\s+|an\s+)?(?:(?:mr|mrs|ms|dr|sir|dame|president|chancellor)\.?\s+)?$/iu;
export const ACCORDING_RE = /\baccording\s+to\s+(?:the\s+)?$/iu;
/** A mention right after a transitive verb or gerund is its object ("joining NATO", "bars Ukraine", "described Zelensky as …"; not "something Moscow wants"). */
export const OBJECT_VERB_RE =
  /\b(?:(?!(?:some|any|no|every)thing\b)\p{L}+ing|(?:bar|barr|force|urge|pressure|press|tell|ask|give|leave|let|allow|make|require|invade|attack|punish|help|join|want|see|call|compel|oblige|commit|keep|push|hand)(?:s|es|ed|d)?|told|gave|left|made|saw|kept|describ(?:e|es|ed)|brand(?:s|ed)?|accus(?:e|es|ed)|label(?:s|led|ed)?|thank(?:s|ed)?|(?:would|could|will)\s+have)\s+(?:the\s+)?(?:(?:mr|mrs|ms|dr|sir|dame|president|chancellor)\.?\s+)?$/iu;

/** A state's official named by role: "Poland's foreign minister", "France's president". */
const ROLE_AFTER_RE =
  /^['’]s\s+(?:(?:foreign|prime|defence|defense|deputy|top|chief|former|new)\s+){0,2}(?:minister|president|premier|chancellor|spokes(?:man|woman|person)|envoy|ambassador|negotiator|leader)\b/iu;

/** he/she name a person; it/they a state, bloc or organisation. A mention of unknown kind agrees with any. */
export function agrees(pronoun: string, a: ActorMentionIn): boolean {
  const kind = (a as { kind?: string }).kind;
  if (!kind) return true;
  if (pronoun === 'he' || pronoun === 'she') return kind === 'person';
  if (pronoun === 'it' || pronoun === 'they') return kind !== 'person';
  return true;
}

/** Whether the mention before cands[i], joined to it by "and" or a comma, is the object of a preposition or verb. */
function coordinatedWithObject(
  text: string,
  cands: readonly ActorMentionIn[],
  i: number,
  from: number,
  verbStart: number,
): boolean {
  // "… is in the European Union, and Germany supports its accession": after ", and" a name right
  // before the verb is the subject of a new clause, not a second object.
  const own = cands[i] as ActorMentionIn;
  const ownVerb =
    /^\s+(?:(?:also|still|now|has|have|had|is|are|was|were|will|would|does|did|strongly|fully|firmly)\s+){0,2}$/iu;
  for (let j = i - 1; j >= 0; j--) {
    const a = cands[j] as ActorMentionIn;
    const b = cands[j + 1] as ActorMentionIn;
    // Only "and"/"or": a bare comma often closes an introductory phrase ("In an interview with Politico, Trump said").
    const gap = text.slice(a.end, b.start);
    if (!/^\s*(?:,\s*)?(?:and|or)\s+$/u.test(gap)) return false;
    if (j === i - 1 && gap.includes(',') && ownVerb.test(text.slice(own.end, verbStart))) return false;
    const lead = text.slice(Math.max(from, a.start - 30), a.start);
    if (OBJECT_PREP_RE.test(lead) || OBJECT_VERB_RE.test(lead)) return true;
  }
  return false;
}

/** "MOSCOW (Reuters) -": a news agency's credit in parentheses is not an actor of the story. */
function isCredit(text: string, a: ActorMentionIn): boolean {
  return text[a.start - 1] === '(' && text[a.end] === ')';
}

/** "Ukrainian troops", "Russia's army": a name modifying a common noun is no antecedent. */
function modifiesNoun(text: string, a: ActorMentionIn): boolean {
  // "joint US-Russian ventures", "the Russia-Ukraine war": part of a hyphenated compound modifier.
  if (
    /^-\p{L}/u.test(text.slice(a.end, a.end + 2)) ||
    /\p{L}-$/u.test(text.slice(Math.max(0, a.start - 2), a.start))
  )
    return true;
  const m = /^(?:['’]s)?\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(a.end, a.end + 30));
  return m !== null && NOUN_AFTER_RE.test(m[1] as string);
}

/** A proposal noun right after a name that modifies it: "(US) peace proposal", "(Washington's) draft". */
const PROPOSAL_HEAD_AFTER_RE =
  /^(?:['’]s)?\s+(?:(?:new|short|revised|original|first|latest|peace|draft|written|formal)\s+){0,2}(?:proposal|plan|paper|draft|text|document|framework|blueprint|initiative|offer)s?\b/u;

/** A that-clause with its own subject before the verb: "…, and that any agreement (rule out)". */
const OWN_THAT_SUBJECT_RE =
  /\bthat\s+(?!(?:he|she|it|they|we|i|his|her|its|their|our)\b)(?:[\p{L}'’-]+\s+){1,4}$/iu;

/** A common noun right before a reporting verb that a pronoun follows: "lawmakers said they". */
const SAID_BEFORE_RE =
  /\b\p{Ll}[\p{Ll}-]*s\s+(?:said|say|says|told\s+\p{L}+|added|argued|warned|insisted)\s+(?:that\s+)?$/u;

/**
 * A comma-delimited aside that ends right before the verb: ", opening a Security Council meeting,"
 * ", a frequent critic of EU policy,", ", speaking in Doha,". It opens with a lower-case word (a
 * participle, an article, a preposition), so a name in apposition (", Sergei Lavrov,") and a list
 * (", France and Britain") are not asides. Only an aside that follows an actor named as the head
 * counts ("Viktor Orban, a critic of …, welcomed"), and the head keeps the subject.
 */
const ASIDE_END_RE =
  /,\s+(?!(?:and|or|but|nor|who|which|that)\b)\p{Ll}[^,;:"“”]{2,90},\s*(?:(?:has|have|had|is|was|also|then|again|now|\p{L}+ly)\s+){0,2}$/u;
function asideBefore(
  text: string,
  from: number,
  verbStart: number,
  cands: readonly ActorMentionIn[],
): { start: number; end: number } | null {
  const m = ASIDE_END_RE.exec(text.slice(from, verbStart));
  if (!m) return null;
  const start = from + m.index;
  const end = from + m.index + m[0].length;
  // The head: an actor mention right before the opening comma ("Hungary's Viktor Orban,").
  const head = cands.some((a) => a.end <= start && /^(?:['’]s)?\s*$/u.test(text.slice(a.end, start)));
  return head ? { start, end } : null;
}

export interface Subject {
  /** One actor, or several for a coordinated subject ("Britain and France support …"). */
  readonly actors: string[];
  readonly via: 'mention' | 'pronoun' | 'speaker';
}

/** The actor mention and any coordinated with it before ("Qatar and Egypt", "Germany, France and Britain"). */
function withCoordinated(text: string, cands: readonly ActorMentionIn[], i: number): string[] {
  const out = [(cands[i] as ActorMentionIn).actor];
  for (let j = i - 1; j >= 0; j--) {
    const a = cands[j] as ActorMentionIn;
    const b = cands[j + 1] as ActorMentionIn;
    // "Finland's President Stubb and Polish Prime Minister Tusk": a title may stand between.
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4})$/u.test(text.slice(a.end, b.start)))
      break;
    // "In an interview with Politico, Trump said": the object of a preposition is no co-subject.
    const lead = text.slice(Math.max(0, a.start - 30), a.start);
    if (OBJECT_PREP_RE.test(lead) || OBJECT_VERB_RE.test(lead)) break;
    if (!out.includes(a.actor)) out.unshift(a.actor);
  }
  return out;
}

/**
 * The actor doing the predicate at `verbStart`: the nearest actor mention before it in the same
 * clause that is not the object of a preposition or a verb; a pronoun in between is resolved to the
 * nearest earlier actor mention (a first-person pronoun inside a quote to its speaker; a sentence-
 * initial "It" after a sentence about a proposal to that proposal, i.e. no actor); inside a quote
 * with nothing before the verb, the quote's speaker. `blockers` are proposal mentions: one
 * standing as the subject means the predicate is the proposal's, not an actor's.
 */
export function findSubject(
  text: string,
  verbStart: number,
  clauseFrom: number,
  actors: readonly ActorMentionIn[],
  quote: QuoteIn | null,
  blockers: readonly { start: number; end: number }[],
  sentStart: number = clauseFrom,
): Subject | null {
  for (const b of within(blockers, clauseFrom, verbStart)) {
    const gap = text.slice(b.end, verbStart);
    if (/^(?:['’]s)?\s+(?:\w+\s+){0,3}$/u.test(gap) && !/\b(?:and|that)\b/i.test(gap)) return null;
  }
  const from = quote && quote.start > clauseFrom && quote.start < verbStart ? quote.start : clauseFrom;
  const cands = within(actors, from, verbStart).filter((a) => a.end <= verbStart);
  let pronounAt = -1;
  let pronoun = '';
  const pre = new RegExp(PRONOUN_RE.source, PRONOUN_RE.flags);
  const region = text.slice(from, verbStart);
  for (let x = pre.exec(region); x !== null; x = pre.exec(region)) {
    pronounAt = from + x.index;
    pronoun = x[0].toLowerCase();
    if (pronoun.startsWith('his')) pronoun = 'he';
    else if (pronoun.startsWith('her')) pronoun = 'she';
  }
  const aside = asideBefore(text, from, verbStart, cands);
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = cands[i] as ActorMentionIn;
    if (pronounAt > a.end) break; // a pronoun is nearer: resolve it below
    // "Putin, opening a Security Council meeting, said …": a name inside the aside is not the subject.
    if (aside && a.start >= aside.start && a.end <= aside.end) continue;
    // "Russia demanded that …, and that any agreement rule out …": the verb of a that-clause whose
    // subject is a thing belongs to no actor named before the clause.
    if (OWN_THAT_SUBJECT_RE.test(text.slice(a.end, verbStart))) return null;
    const lead = text.slice(Math.max(from, a.start - 30), a.start);
    // "officials in Kigali", "diplomats from Paris": a capital standing for its government.
    const metonym =
      /\b(?:officials|diplomats|negotiators|leaders|authorities|ministers|sources|politicians|lawmakers)\s+(?:in|from)\s+$/iu.test(
        lead,
      );
    if (isCredit(text, a)) continue;
    // "US-brokered talks", "a Russia-Ukraine swap": the first part of a hyphenated modifier.
    if (/^-\p{L}/u.test(text.slice(a.end, a.end + 2))) continue;
    if (!metonym && (OBJECT_PREP_RE.test(lead) || ACCORDING_RE.test(lead) || OBJECT_VERB_RE.test(lead)))
      continue;
    // "handed to Ukrainian and European officials": a name coordinated with an object is one too.
    if (coordinatedWithObject(text, cands, i, from, verbStart)) continue;
    if (
      within(blockers, Math.max(0, a.start - 60), a.start + 1).some(
        (b) => b.start <= a.start && a.end <= b.end,
      )
    )
      continue; // "a US peace proposal"
    // "US offer …", "Russian control …": a name modifying a common noun is not the subject.
    // "Ukraine's army should not …": a possessor modifies its head noun, it is not the subject.
    const possHead = /^['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(a.end, verbStart));
    if (possHead && possHead[0].length < verbStart - a.end && NOUN_AFTER_RE.test(possHead[1] as string))
      continue;
    const after = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(a.end, verbStart));
    // But "Ukrainian forces would not withdraw": a party's troops as the subject of a negated
    // future act are the party refusing it.
    const ownForces =
      after !== null &&
      /^(?:forces|troops|soldiers)$/u.test(after[1] as string) &&
      FORCES_REFUSE_RE.test(text.slice(a.end + after[0].length, verbStart + 40));
    if (after && !ownForces && after[0].length < verbStart - a.end && NOUN_AFTER_RE.test(after[1] as string))
      continue;
    // "Trump envoy Steve Witkoff": an actor name directly followed by another mention is a modifier.
    // Not across a verb or a new noun phrase ("European leaders called the US draft …").
    const next = cands[i + 1];
    const between = next ? text.slice(a.end, next.start) : '';
    if (
      next &&
      /^\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(between) &&
      !/\b(?:and|but|or|\p{Ll}+ed)\b/u.test(between)
    )
      continue;
    return { actors: withCoordinated(text, cands, i), via: 'mention' };
  }
  if (pronounAt >= 0) {
    if (OWN_THAT_SUBJECT_RE.test(text.slice(pronounAt, verbStart))) return null;
    // "Opposition lawmakers said they would not back …": a pronoun right after a reporting verb
    // refers to its subject; when that subject is a common noun phrase naming no actor, so does the pronoun.
    const rep = SAID_BEFORE_RE.exec(text.slice(Math.max(sentStart, pronounAt - 60), pronounAt));
    if (rep && (pronoun === 'they' || pronoun === 'it')) {
      const repAt = Math.max(sentStart, pronounAt - 60) + rep.index;
      const npFrom = Math.max(sentStart, repAt - 30);
      if (!within(actors, npFrom, repAt + 1).some((a) => a.end <= repAt + 1 && a.end >= repAt - 25))
        return null;
    }
    const holder = quoteHolder(quote);
    if ((pronoun === 'we' || pronoun === 'i') && holder) return { actors: [holder], via: 'speaker' };
    // "Qatar's prime minister said his government would …": he/she opening the reported clause is its speaker.
    // An unlinked speaker described by his state ("Qatar's prime minister") speaks for it.
    const sp = quote?.speakerSpan;
    const speakerState = sp ? within(actors, sp.start, sp.end).filter((a) => a.end <= sp.end) : [];
    const opener = holder ?? (speakerState.length === 1 ? (speakerState[0] as ActorMentionIn).actor : null);
    if ((pronoun === 'he' || pronoun === 'she') && opener && quote && Math.abs(pronounAt - quote.start) <= 1)
      return { actors: [opener], via: 'speaker' };
    if (pronoun === 'we' || pronoun === 'i') return null;
    const sentenceInitial = /^\W*$/u.test(text.slice(sentStart, pronounAt));
    const earlier = within(actors, Math.max(0, pronounAt - 400), pronounAt);
    if (sentenceInitial && pronoun === 'it') {
      // "It calls for …" after a sentence about a proposal: the proposal, not a party.
      const lastBlocker = within(blockers, Math.max(0, pronounAt - 400), pronounAt).pop();
      const lastActor = earlier[earlier.length - 1];
      if (lastBlocker && (!lastActor || lastBlocker.start > sentStart - 400)) return null;
    }
    // The antecedent agrees with the pronoun in kind and stood as a subject: "a proposal for
    // Ukraine …, but said it would study" refers to the proposal's critic, not to Ukraine.
    let fallback: ActorMentionIn | null = null;
    const headlineEnd = text.indexOf('\n\n');
    for (let i = earlier.length - 1; i >= 0; i--) {
      const a = earlier[i] as ActorMentionIn;
      const lead = text.slice(Math.max(0, a.start - 30), a.start);
      if (ACCORDING_RE.test(lead)) continue;
      // "Opposition lawmakers in Washington said they …": the opposition does not speak for the state.
      if (/\bopposition\s+[\p{L}-]+\s+(?:in|from)\s+$/iu.test(lead)) continue;
      // "Poland's foreign minister was more pointed. … he said": a state whose official is the
      // person referred to (an official the pack does not name) is the antecedent of he/she.
      if (
        (pronoun === 'he' || pronoun === 'she') &&
        (a as { kind?: string }).kind !== 'person' &&
        ROLE_AFTER_RE.test(text.slice(a.end, a.end + 50))
      )
        return { actors: [a.actor], via: 'pronoun' };
      if (!agrees(pronoun, a) || isCredit(text, a)) continue;
      // The headline is no antecedent for the body's pronouns.
      if (a.end <= headlineEnd && pronounAt > headlineEnd) break;
      // "… presented a short US proposal in Paris. It offered …": the nearest thing "it" can be is
      // the proposal the party's name modifies; the sentence describes its content, no one's stance.
      if (
        pronoun === 'it' &&
        sentenceInitial &&
        fallback === null &&
        PROPOSAL_HEAD_AFTER_RE.test(text.slice(a.end, a.end + 40))
      )
        return null;
      if (OBJECT_PREP_RE.test(lead) || OBJECT_VERB_RE.test(lead) || modifiesNoun(text, a)) {
        fallback ??= a;
        continue;
      }
      // "Britain and France … say they are ready to …": a plural pronoun takes back the whole
      // coordinated subject, not only its last name.
      return { actors: pronoun === 'they' ? withCoordinated(text, earlier, i) : [a.actor], via: 'pronoun' };
    }
    return fallback ? { actors: [fallback.actor], via: 'pronoun' } : null;
  }
  const holder = quoteHolder(quote);
  if (holder && quote && verbStart > quote.start && verbStart < quote.end)
    return { actors: [holder], via: 'speaker' };
  return null;
}

/**
 * Who holds what a quote says: its named speaker, else the side of an unnamed one ("a senior
 * Ukrainian official said"); a spokesman's or an official's words are his government's.
 */
export function quoteHolder(quote: QuoteIn | null | undefined): string | null {
  if (!quote) return null;
  return quote.speaker ?? quote.unnamed?.side ?? null;
}

/** The quote containing an offset, if any (quotes sorted by start). */
export function quoteAt(quotes: readonly QuoteIn[], offset: number): QuoteIn | null {
  let best: QuoteIn | null = null;
  for (let i = lowerBound(quotes, offset + 1) - 1; i >= 0 && i >= lowerBound(quotes, offset + 1) - 4; i--) {
    const q = quotes[i] as QuoteIn;
    if (q.start <= offset && offset < q.end) best = q;
  }
  return best;
}
