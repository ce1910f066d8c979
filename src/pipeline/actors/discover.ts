import type { Segmented, Token } from '../segment/index.ts';
import type { ActorIndex } from './compile.ts';
import {
  ORG_HEADS,
  PARTY_TAGS,
  PLACE_HEADS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SQUAD_NOUNS,
  THING_HEADS,
} from './lexicon.ts';
import { nameKey } from './normalize.ts';

/**
 * Discovery of actors the pack does not know. A capitalized sequence becomes a person or an
 * organization only on evidence: a title before it, an apposition with a role after it, a party
 * tag, a given name, an organization head word, a speech verb after a two- or three-word name,
 * "told X" for a media outlet. Sequences that name things (Air Force One, the Kennedy Center, a
 * plan or a summit) are dropped. Precision first: an unknown sequence without evidence is left out.
 */

export interface Cues {
  /** A title right before the name, as written in the pack ("Defense Minister"). */
  title: string | null;
  role: string | null;
  organization: string | null;
  side: string | null;
  prev: string;
  prev2: string;
  next: string;
  sentenceInitial: boolean;
  /** In a byline: "By Jane Doe and John Roe". */
  byline: boolean;
  partyTag: boolean;
  apposition: boolean;
  told: boolean;
  speechAfter: boolean;
  precededByThe: boolean;
}

/** Lower-case nouns that announce an organization's name right after them ("advocacy group Razom"). */
const ORG_NOUNS_BEFORE = new Set([
  'group',
  'firm',
  'company',
  'outlet',
  'newspaper',
  'daily',
  'agency',
  'broadcaster',
  'network',
  'organization',
  'organisation',
  'tank',
  'party',
  'movement',
  'militia',
  'bank',
  'insurer',
  'lender',
  'carrier',
  'airline',
  'maker',
  'giant',
  'conglomerate',
  'publisher',
  'website',
  'magazine',
  'consultancy',
  'consulting',
  'journal',
  'show',
  'programme',
  'program',
  'podcast',
  'channel',
  'station',
  'radio',
  'television',
  'tv',
]);

/** Lower-case nouns after a name that make it an organization's ("Acme shares", "Acme's board"). */
const ORG_NOUNS_AFTER = new Set([
  'shares',
  'stock',
  'stocks',
  'shareholders',
  'board',
  'subsidiary',
  'subsidiaries',
  'unit',
  'plant',
  'plants',
  'headquarters',
  'executives',
  'employees',
  'workers',
  'revenue',
  'revenues',
  'earnings',
  'profit',
  'profits',
  'bonds',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'ceo',
]);

const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'von',
  'van',
  'der',
  'de',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
]);

const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'central',
]);

const PERSON_TITLES_LOWER = /(?:^|\s)(mr|mrs|ms|dr|sir|dame|lord)\.?$/;
const LOC_BEFORE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'from',
  'across',
  'around',
  'toward',
  'towards',
  'into',
]);

/** A lower-case title ("foreign minister", "spokesman") ending right before token `first`. */
export function titleBefore(
  folded: string,
  seg: Segmented,
  first: number,
  sentStart: number,
  index: ActorIndex,
): string | null {
  const start = (seg.tokens[first] as Token).start;
  if (first <= sentStart) return null;
  const prev = seg.tokens[first - 1] as Token;
  const lastWord = prev.lower.replace(/\.$/, '');
  if (
    !index.titleLastWords.has(prev.lower) &&
    !index.titleLastWords.has(lastWord) &&
    !index.titleLastWords.has(`${lastWord}.`)
  )
    return null;
  const before = folded.slice(Math.max(0, start - 48), start).replace(/\s+$/, '');
  for (const t of index.titles) {
    if (!before.endsWith(t.folded)) continue;
    const c = before.charAt(before.length - t.folded.length - 1);
    if (c && /[a-z0-9]/.test(c)) continue;
    return t.text;
  }
  return null;
}

export function readCues(
  text: string,
  folded: string,
  seg: Segmented,
  first: number,
  last: number,
  sentStart: number,
  sentEnd: number,
  index: ActorIndex,
  titleInRun: string | null,
  sideBefore: ReadonlyMap<number, string>,
): Cues {
  const tokens = seg.tokens;
  const prevTok = first > sentStart ? (tokens[first - 1] as Token) : null;
  const prev2Tok = first - 1 > sentStart ? (tokens[first - 2] as Token) : null;
  const nextTok = last < sentEnd ? (tokens[last] as Token) : null;
  const end = (tokens[last - 1] as Token).end;
  const title = titleInRun ?? titleBefore(folded, seg, first, sentStart, index);
  let role: string | null = title;
  let organization: string | null = null;
  let side: string | null = null;

  // Side: an adjective or possessive right before the name or its title ("Russian Deputy Foreign Minister X").
  for (let k = first - 1; k >= Math.max(sentStart, first - 5); k--) {
    const s = sideBefore.get(k);
    if (s) {
      side = s;
      break;
    }
  }

  // Party tag: "Rep. Jane Doe (R-Neb.)".
  const after = text.slice(end, end + 120);
  const party = /^\s*\(([RDI])-([A-Z][A-Za-z. ]{0,15})\)/.exec(after);
  let partyTag = false;
  if (party) {
    partyTag = true;
    organization = PARTY_TAGS[party[1] as string] ?? null;
    role ??= 'Representative';
  }

  // Apposition: "X, the deputy director for policy at Y," / "X, Ukraine's chief negotiator,".
  let apposition = false;
  const app =
    /^,\s+(?:who is\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?([^,;:()"“”]{3,90}?)(?=\s*(?:[,;:()"“”]|\.(?:\s|$)|$))/.exec(
      after,
    );
  if (app && !party) {
    let phrase = (app[1] as string).trim();
    const poss = /^([A-Z][\p{L}.&-]*(?:\s+[A-Z][\p{L}.&-]*)*)['’]s\s+(.+)$/u.exec(phrase);
    let org: string | null = null;
    if (poss) {
      org = poss[1] as string;
      phrase = poss[2] as string;
    }
    const at =
      /^(.+?)\s+(?:at|of|for|with|in)\s+(?:the\s+)?([A-Z][\p{L}\p{N}.&'’-]*(?:\s+(?:of|for|the|and|on|a|an|de|du|[A-Z][\p{L}\p{N}.&'’-]*))*)$/u.exec(
        phrase,
      );
    if (at) {
      org ??= at[2] as string;
      phrase = at[1] as string;
    }
    const words = phrase.toLowerCase().split(/\s+/);
    if (words.some((w) => ROLE_NOUNS.has(w)) && words.length <= 8 && /^[\p{Ll}\p{Lu}]/u.test(phrase)) {
      apposition = true;
      role = phrase;
      organization ??= org;
    }
  }
  if (organization && !side) {
    const t = index.byKey.get(nameKey(organization));
    if (t)
      side =
        t.type === 'place'
          ? t.metonymFor
          : t.type === 'actor'
            ? (index.actors.get(t.id)?.side ?? t.id)
            : t.id;
  }

  // "Belgium was the obstacle. Prime Minister Bart De Wever said …": a head of government or
  // minister the pack does not know, named right after a sentence about one state, is that state's.
  if (!side && title && OFFICIAL_TITLE_RE.test(title)) side = placeLeadState(seg, sentStart, first, index);
  if (!side && title && GOVERNMENT_TITLE_RE.test(title)) side = topicState(seg, sentStart, index);

  let k = last;
  while (k < sentEnd && (tokens[k] as Token).text === ',') k++;
  const speechAfter =
    nextTok !== null &&
    (SPEECH_VERBS.has(nextTok.lower) ||
      (nextTok.lower === 'has' && SPEECH_VERBS.has((tokens[last + 1] as Token | undefined)?.lower ?? '')));

  return {
    title,
    role,
    organization,
    side,
    prev: prevTok?.lower ?? '',
    prev2: prev2Tok?.lower ?? '',
    next:
      nextTok && (nextTok.lower === "'s" || nextTok.lower === '\u2019s')
        ? `'s ${tokens[last + 1]?.lower ?? ''}`
        : (nextTok?.lower ?? ''),
    sentenceInitial: first === sentStart,
    byline:
      tokens[sentStart]?.lower === 'by' &&
      (prevTok?.lower === 'by' || prevTok?.lower === 'and' || prevTok?.text === ',') &&
      first - sentStart <= 8,
    partyTag,
    apposition,
    told: prevTok?.lower === 'told' || (prevTok?.lower === 'to' && prev2Tok?.lower === 'spoke'),
    speechAfter,
    precededByThe: prevTok?.lower === 'the',
  };
}

/** Endings of surnames across Slavic, Nordic, Romance, Greek, Baltic and Caucasian names; not of English words or companies. */
const SURNAME_SHAPE =
  /(?:ov|ova|ev|eva|yov|ski|ska|sky|skiy|skyi|enko|chuk|yuk|uk|vich|ovic|evic|ic|ić|escu|eanu|ides|opoulos|oglu|oğlu|yan|ian|dze|shvili|vili|sson|ssen|sen|berg|stein|mann|ez|aitis|ienė|elli|etti|ini|ucci|ahi|ani)$/;

/** A company reporting its results: the verb, then one of these nouns within a few words. */
const RESULT_VERBS = new Set([
  'posted',
  'reported',
  'raised',
  'lifted',
  'cut',
  'lowered',
  'boosted',
  'booked',
  'had',
]);
const RESULT_NOUNS = new Set([
  'profit',
  'profits',
  'loss',
  'losses',
  'earnings',
  'revenue',
  'revenues',
  'sales',
  'turnover',
  'dividend',
  'registrations',
  'output',
]);

const nameLike = (t: Token) => /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u.test(t.text) || /^\p{Lu}\.$/u.test(t.text);
const acronym = (t: Token) => /^[A-Z][A-Z0-9&]{1,5}$/.test(t.text.replace(/\./g, ''));

export function classify(
  words: readonly string[],
  cues: Cues,
  index: ActorIndex,
  tokens: readonly Token[],
  first: number,
  last: number,
  lowerWords: ReadonlySet<string> = new Set(),
): { kind: 'person' | 'organization' | 'place'; cue: string } | null {
  // Particles ("bin", "al", "van der") do not count as words of the name, nor must they be capitalized.
  const n = words.filter((w) => !NAME_PARTICLES.has(w)).length;
  const head = words[words.length - 1] as string;
  const lead = words[0] as string;
  // A title standing alone ("Foreign Minister" before a name the pack already linked).
  const joined = words.join(' ');
  if (index.titles.some((t) => joined === t.folded || joined.endsWith(` ${t.folded}`))) return null;
  if (THING_HEADS.has(head) && !ORG_HEADS.has(head)) return null;
  if (n >= 2 && ROLE_NOUNS.has(head)) return null; // "Senior Fellow": a role, not a name
  const toks = tokens
    .slice(first, last)
    .filter(
      (t, k, all) =>
        !NAME_PARTICLES.has(t.lower) &&
        t.text !== '-' &&
        !(k > 0 && all[k - 1]?.text === '-' && all[k - 1]?.end === t.start),
    );
  if (toks.length === 0) return null;
  if (toks.some((t) => /^\d/.test(t.text))) return null;
  // A word the same document writes in lower case is a common word ("Total Revenue"), not a name.
  const allNameLike = toks.every(nameLike);
  const noCommonWord = !toks.some((t) => lowerWords.has(t.lower));
  const hasOrgHead =
    ORG_HEADS.has(head) ||
    (n >= 2 && !index.givenNames.has(lead) && words.some((w) => ORG_HEADS.has(w))) ||
    (n >= 3 && ORG_HEADS.has(lead)) ||
    words.some((w) => w === 'ministry' || w === 'party' || w === 'council');

  if (n === 1 && ORG_HEADS.has(lead) && !acronym(toks[0] as Token)) return null; // "Cabinet", "News" alone
  if (hasOrgHead) return { kind: 'organization', cue: 'org-head' };
  // "PSV Eindhoven", "NAC Breda": an acronym leading a name.
  if (n >= 2 && acronym(toks[0] as Token) && toks[0]?.text.length !== 2 && !cues.sentenceInitial)
    return { kind: 'organization', cue: 'acronym' };
  if (cues.partyTag) return { kind: 'person', cue: 'party-tag' };
  if (cues.byline && n >= 2 && n <= 3 && allNameLike) return { kind: 'person', cue: 'byline' };
  if (PLACE_HEADS.has(head) && n >= 2) return { kind: 'place', cue: 'place-head' };
  // "South Kivu", "North Waziristan": a compass word leads a region's name, never a person's.
  if (n >= 2 && n <= 3 && COMPASS.has(lead) && !cues.title) return { kind: 'place', cue: 'compass' };
  const titled = cues.title !== null && !/^(mr|mrs|ms|dr)\.?$/i.test(cues.title ?? '');
  if ((titled || PERSON_TITLES_LOWER.test(cues.prev)) && allNameLike && n <= 4)
    return { kind: 'person', cue: 'title' };
  if (cues.title && allNameLike && n <= 4) return { kind: 'person', cue: 'title' };
  if (n >= 2 && n <= 4 && index.givenNames.has(lead) && allNameLike)
    return { kind: 'person', cue: 'given-name' };
  if (cues.apposition && allNameLike && n >= 2 && n <= 4) return { kind: 'person', cue: 'apposition' };
  // "told CNN", "told Al Jazeera" (an outlet); "told Jane Doe" is a person.
  if (cues.told && (n === 1 || toks.every(acronym) || lead === 'al' || lead === 'the'))
    return { kind: 'organization', cue: 'told' };
  if (cues.told && n <= 3 && allNameLike) return { kind: 'person', cue: 'told' };
  if (ORG_NOUNS_BEFORE.has(cues.prev)) return { kind: 'organization', cue: 'org-noun' };
  // "Everton defender", "the Likud party", "Xinhua news agency": a club's player, a party, an outlet.
  const after1 = tokens[last]?.lower ?? '';
  const after2 = tokens[last + 1]?.lower ?? '';
  if (
    !cues.title &&
    !index.givenNames.has(lead) &&
    (SQUAD_NOUNS.has(after1) ||
      after1 === 'party' ||
      (after1 === 'news' && (after2 === 'agency' || after2 === 'service')))
  )
    return { kind: 'organization', cue: 'org-noun' };
  // "Acme shares fell", "Acme's board": things only organizations have.
  if (ORG_NOUNS_AFTER.has(cues.next.replace(/^'s /, '')) && !index.givenNames.has(lead) && !cues.title)
    return { kind: 'organization', cue: 'org-noun' };
  if (n === 1 && cues.prev === 'to' && cues.prev2 === 'according')
    return { kind: 'organization', cue: 'according-to' };
  if (toks.length === 1 && acronym(toks[0] as Token) && (!cues.sentenceInitial || cues.speechAfter))
    return { kind: 'organization', cue: 'acronym' };
  // "Gencor raised attributable earnings", "Seat posted 3,420 registrations": a company's results.
  if (!cues.title && !index.givenNames.has(lead) && RESULT_VERBS.has(after1)) {
    for (let k = last + 1; k < Math.min(tokens.length, last + 9); k++)
      if (RESULT_NOUNS.has((tokens[k] as Token).lower)) return { kind: 'organization', cue: 'results' };
  }
  if (n >= 2 && n <= 3 && allNameLike && cues.speechAfter) return { kind: 'person', cue: 'speech' };
  // "Borkus said", "Kuchma told": one word, spelt like a surname, speaking.
  if (
    n === 1 &&
    allNameLike &&
    noCommonWord &&
    (cues.speechAfter || cues.next === 'told') &&
    SURNAME_SHAPE.test(lead)
  )
    return { kind: 'person', cue: 'surname-shape' };
  if (LOC_BEFORE.has(cues.prev) && n <= 3 && allNameLike && noCommonWord && !cues.precededByThe)
    return { kind: 'place', cue: 'locative' };
  if (cues.prev === 'the' && LOC_BEFORE.has(cues.prev2)) return null;
  // A bare two- or three-word name: not when it modifies a noun ("Islamic Taleban guards") or is spelt out before an acronym.
  const nextTok = tokens[last];
  const modifier =
    nextTok !== undefined &&
    ((nextTok.text === '(' &&
      /^[A-Z]{2,6}$/.test(tokens[last + 1]?.text ?? '') &&
      tokens[last + 2]?.text === ')') ||
      (nextTok.pos === 'NOUN' && /^\p{Ll}/u.test(nextTok.text)));
  if (
    n >= 2 &&
    n <= 3 &&
    allNameLike &&
    noCommonWord &&
    !modifier &&
    !cues.precededByThe &&
    toks[toks.length - 1]?.pos === 'PROPN' &&
    !toks.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADJ')
  )
    return { kind: 'person', cue: 'shape' };
  return null;
}

const GOVERNMENT_TITLE_RE =
  /\b(?:prime\s+minister|premier|president|chancellor|minister|secretary\s+of\s+state)\b/iu;

/** Offices that speak for a government (a spokesman has no state of his own in the title). */
const OFFICIAL_TITLE_RE = new RegExp(
  `${GOVERNMENT_TITLE_RE.source}|\\b(?:secretary|spokes(?:man|woman|person)|ambassador|envoy)\\b`,
  'iu',
);

/**
 * "In Kyiv, Foreign Ministry spokesman X said …": a report that opens on a capital and names an
 * official with no nationality of his own places him in that capital's government. Only the place
 * opening the sentence, before the name ("In Kyiv on Monday, …"); a place after it is where he spoke.
 */
function placeLeadState(
  seg: Segmented,
  sentTokenStart: number,
  first: number,
  index: ActorIndex,
): string | null {
  const toks = seg.tokens;
  if ((toks[sentTokenStart] as Token | undefined)?.lower !== 'in') return null;
  let k = sentTokenStart + 1;
  const place: string[] = [];
  while (k < first && place.length < 2 && /^\p{Lu}/u.test((toks[k] as Token).text))
    place.push((toks[k++] as Token).text);
  if (place.length === 0) return null;
  // "on Monday", "on Tuesday evening": a day between the place and the comma.
  if ((toks[k] as Token | undefined)?.lower === 'on')
    k += (toks[k + 2] as Token | undefined)?.text === ',' ? 2 : 3;
  if (k >= first || (toks[k] as Token).text !== ',') return null;
  const hit = index.byKey.get(nameKey(place.join(' ')));
  const id = hit?.type === 'place' ? hit.metonymFor : null;
  return id && index.actors.get(id)?.kind === 'state' ? id : null;
}

/** The one state the sentence before (in the same paragraph) names, if it names exactly one. */
function topicState(seg: Segmented, sentTokenStart: number, index: ActorIndex): string | null {
  const si = seg.sentences.findIndex((s) => s.tokenStart === sentTokenStart);
  const cur = seg.sentences[si];
  const prev = seg.sentences[si - 1];
  if (!cur || !prev || prev.paragraph !== cur.paragraph) return null;
  const states = new Set<string>();
  for (let t = prev.tokenStart; t < prev.tokenEnd; t++) {
    const tok = seg.tokens[t] as Token;
    if (!/^\p{Lu}/u.test(tok.text)) continue;
    const hit = index.byKey.get(nameKey(tok.text));
    const id =
      hit?.type === 'place'
        ? hit.metonymFor
        : hit?.type === 'actor' || hit?.type === 'adjective'
          ? hit.id
          : null;
    if (id && index.actors.get(id)?.kind === 'state') states.add(id);
  }
  return states.size === 1 ? ([...states][0] as string) : null;
}
