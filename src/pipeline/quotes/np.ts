import type { Token } from '../segment/index.ts';
import { type Doc, factsOf, insideQuote, lowerBound, mentionsIn } from './doc.ts';
import {
  GROUP_PRONOUNS,
  NP_LINK_PREPS,
  ORGAN_NOUNS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  SOURCE_NOUNS,
  TIME_WORDS,
} from './lexicon.ts';
import type { ActorMentionLike, Offsets } from './types.ts';

/**
 * Noun phrases next to a cue, read off the part-of-speech tags, and what they name. Hand-written:
 * wink-nlp gives tags but no chunker, and only the phrase touching the cue matters here.
 */
export interface NP {
  /** Token indices: first and last token of the phrase, and its head (the word that names the speaker). */
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

export interface Speaker {
  readonly actor: string | null;
  readonly span: Offsets;
  readonly unnamed: { side: string | null; description: string } | null;
  readonly rule: string;
}

const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const POSTMOD_ADJ = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'speaking']);

function isNominal(t: Token): boolean {
  const p = t.pos;
  if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || p === 'ADJ') return true;
  if (p === 'PART') return t.lower === '’s' || t.lower === "'s" || t.lower === '’' || t.lower === "'";
  if (p === 'PUNCT') return t.text === '-' || t.text === '&';
  return false;
}

function isNoun(t: Token): boolean {
  return t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'PRON' && t.lower !== 'who');
}

function subjectPronoun(t: Token): boolean {
  return (
    t.pos === 'PRON' &&
    (PERSON_PRONOUNS.has(t.lower) || GROUP_PRONOUNS.has(t.lower) || OTHER_PRONOUNS.has(t.lower))
  );
}

/** The head: the last noun before any post-modifier ("source" in "a source familiar with the talks"). */
function headOf(tokens: readonly Token[], first: number, last: number): number {
  let head = -1;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (i > first && (t.pos === 'ADP' || (POSTMOD_ADJ.has(t.lower) && head >= 0))) break;
    if (isNoun(t) || t.pos === 'NUM') head = i;
  }
  return head;
}

/** The noun phrase ending at token `j` (reading leftwards, not past `lo`). */
export function npBefore(doc: Doc, j: number, lo: number): NP | null {
  const tokens = doc.tokens;
  if (j < lo) return null;
  const tj = tokens[j] as Token;
  if (subjectPronoun(tj)) return { first: j, last: j, head: j };
  let i = j;
  let first = -1;
  while (i >= lo) {
    const t = tokens[i] as Token;
    if (t.pos === 'DET' || POSSESSIVE_DET.has(t.lower)) {
      if (first >= 0 || i === j) first = i;
      break;
    }
    if (isNominal(t)) {
      first = i;
    } else if (t.text === ')' && first < 0) {
      // "Sen. Lindsey Graham (R-S.C.) said": step over a parenthesis after the name.
      let o = i - 1;
      while (o > lo && i - o < 8 && (tokens[o] as Token).text !== '(') o--;
      if ((tokens[o] as Token).text !== '(') break;
      i = o;
    } else if (t.pos === 'ADP' && NP_LINK_PREPS.has(t.lower) && first >= 0 && i > lo) {
      // "a spokesman for the Kremlin": keep reading left only if a noun or adjective precedes.
      const prev = tokens[i - 1] as Token;
      if (!(isNominal(prev) && prev.pos !== 'PUNCT')) break;
      first = i;
    } else break;
    i--;
  }
  if (first < 0) return null;
  // Never start on a preposition or stray punctuation.
  while (first <= j && ((tokens[first] as Token).pos === 'ADP' || (tokens[first] as Token).pos === 'PUNCT'))
    first++;
  if (first > j) return null;
  const head = headOf(tokens, first, j);
  return head < 0 ? null : { first, last: j, head };
}

/** The noun phrase starting at token `k` (reading rightwards, before `hi`), with its apposition. */
export function npAfter(doc: Doc, k: number, hi: number): NP | null {
  const tokens = doc.tokens;
  if (k >= hi) return null;
  const tk = tokens[k] as Token;
  if (subjectPronoun(tk)) return { first: k, last: k, head: k };
  if (TIME_WORDS.has(tk.lower)) return null; // "added Friday" names no speaker
  let i = k;
  if (tk.pos === 'DET' || POSSESSIVE_DET.has(tk.lower)) i++;
  const coreStart = i;
  while (i < hi && isNominal(tokens[i] as Token)) i++;
  if (i === coreStart) return null;
  let last = i - 1;
  // Post-modifier: "a person familiar with the matter", "a spokesman for the ministry".
  let m = i;
  if (m < hi && POSTMOD_ADJ.has((tokens[m] as Token).lower)) m++;
  if (m < hi && (tokens[m] as Token).pos === 'ADP' && NP_LINK_PREPS.has((tokens[m] as Token).lower)) {
    let n = m + 1;
    if (n < hi && (tokens[n] as Token).pos === 'DET') n++;
    const s = n;
    while (n < hi && isNominal(tokens[n] as Token)) n++;
    if (n > s) last = n - 1;
  }
  const head = headOf(tokens, k, last);
  if (head < 0) return null;
  // Apposition after a name: "Dmitry Peskov, the Kremlin spokesman," belongs to the span, not the head.
  const after = tokens[last + 1];
  if ((tokens[head] as Token).pos === 'PROPN' && after?.text === ',' && last + 2 < hi) {
    const next = tokens[last + 2] as Token;
    if (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || POSSESSIVE_DET.has(next.lower)) {
      let n = last + 2;
      if (next.pos === 'DET' || POSSESSIVE_DET.has(next.lower)) n++;
      const s = n;
      while (n < hi && n - s < 8 && isNominal(tokens[n] as Token)) n++;
      // Only a closed apposition: "Peskov, the Kremlin spokesman," / "…spokesman." — not a new clause.
      const stop = tokens[n];
      if (n > s && (n >= hi || (stop?.pos === 'PUNCT' && stop.text !== '-'))) last = n - 1;
    }
  }
  return { first: k, last, head };
}

function spanOf(doc: Doc, first: number, last: number): Offsets {
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last] as Token).end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** he/she → the nearest preceding person mention that agrees; they/it → the nearest group. */
function resolvePronoun(doc: Doc, pron: Token): string | null {
  const gender = PERSON_PRONOUNS.get(pron.lower);
  const wantsPerson = gender !== undefined;
  if (!wantsPerson && !GROUP_PRONOUNS.has(pron.lower)) return null;
  const floor = pron.start - 3000;
  for (let i = lowerBound(doc.mentions, pron.start) - 1; i >= 0; i--) {
    const m = doc.mentions[i] as ActorMentionLike;
    if (m.start < floor) break;
    if (m.end > pron.start || insideQuote(doc, m.start)) continue;
    const f = factsOf(doc, m.actor);
    if (wantsPerson) {
      if (f && f.kind !== 'person') continue;
      if (f?.gender && f.gender !== gender) continue;
      return m.actor;
    }
    if (f && f.kind !== 'person') return m.actor;
  }
  return null;
}

function sideOf(doc: Doc, np: NP, mentions: readonly ActorMentionLike[]): string | null {
  for (let i = np.first; i <= np.last; i++) {
    const side = doc.ctx.adjectives.get((doc.tokens[i] as Token).lower);
    if (side) return side;
  }
  for (const m of mentions) {
    const f = factsOf(doc, m.actor);
    return f?.side ?? m.actor;
  }
  return null;
}

/** What a noun phrase next to a cue names: an actor, an organ speaking for one, or an unnamed source. */
export function speakerOf(doc: Doc, np: NP): Speaker {
  const tokens = doc.tokens;
  const span = spanOf(doc, np.first, np.last);
  const head = tokens[np.head] as Token;
  if (head.pos === 'PRON') {
    return { actor: resolvePronoun(doc, head), span, unnamed: null, rule: `pronoun-${head.lower}` };
  }
  const mentions = mentionsIn(doc, span.start, span.end);
  const atHead = mentions.filter((m) => m.start <= head.start && m.end >= head.end);
  if (atHead.length > 0)
    return {
      actor: (atHead[atHead.length - 1] as ActorMentionLike).actor,
      span,
      unnamed: null,
      rule: 'np-head',
    };
  const others = mentions.filter((m) => m.end <= head.start || m.start >= head.end);
  if (ORGAN_NOUNS.has(head.lower) && others.length > 0) {
    // "the Kremlin's spokesman", "Ukraine's foreign ministry": the organ speaks for the actor named beside it.
    const before = others.filter((m) => m.end <= head.start);
    const m = before.length > 0 ? before[before.length - 1] : others[0];
    return { actor: (m as ActorMentionLike).actor, span, unnamed: null, rule: 'organ-of' };
  }
  if (SOURCE_NOUNS.has(head.lower)) {
    let d = np.first;
    if ((tokens[d] as Token).pos === 'DET' && d < np.last) d++;
    const description = doc.text.slice((tokens[d] as Token).start, span.end);
    return {
      actor: null,
      span,
      unnamed: { side: sideOf(doc, np, others), description },
      rule: 'unnamed-source',
    };
  }
  return { actor: null, span, unnamed: null, rule: 'np-unlinked' };
}
