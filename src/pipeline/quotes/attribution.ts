import type { Token } from '../segment/index.ts';
import { type Doc, insideQuote, lowerBound } from './doc.ts';
import {
  CHANNEL_NOUNS,
  CHANNEL_PREPS,
  CUE_VERBS,
  type CueVerb,
  PASSIVE_AUX,
  SKIP_BEFORE_CUE,
  TIME_WORDS,
} from './lexicon.ts';
import { type NP, npAfter, npBefore, type Speaker, speakerOf } from './np.ts';
import { tokenFrom } from './text.ts';
import type { Offsets, TimeExprLike } from './types.ts';

/**
 * Cues ("said", "told reporters", "according to", "wrote on X") and the speaker phrase they attach
 * to, searched in a window of text next to a quote or inside a sentence.
 */
export interface Cue {
  readonly tok: number;
  readonly lastTok: number;
  /** null for "according to". */
  readonly verb: CueVerb | null;
  readonly span: Offsets;
}

export interface Attribution {
  readonly cue: Cue;
  readonly speaker: Speaker | null;
  /** Where a time expression counts as the time of the statement. */
  readonly frame: { readonly start: number; readonly end: number };
  readonly rule: string;
}

const ALWAYS_VERB = new Set(['say', 'tell']);

/** The cue starting at token `i`, or null (not a cue, passive, or a noun like "the claims"). */
export function cueAt(doc: Doc, i: number): Cue | null {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  let last = i;
  let verb: CueVerb | null = null;
  if (t.lower === 'according') {
    if (tokens[i + 1]?.lower !== 'to') return null;
    last = i + 1;
  } else {
    const v = CUE_VERBS.get(t.lower);
    if (!v) return null;
    if (t.pos !== 'VERB' && !(ALWAYS_VERB.has(v.lemma) && t.pos !== 'NOUN' && t.pos !== 'ADJ')) return null;
    const prev = tokens[i - 1];
    if (prev && !v.participle && PASSIVE_AUX.has(prev.lower)) return null; // "was told", "is said to"
    if (prev && (prev.pos === 'DET' || prev.lower === 'to')) return null; // "the said", "to say"
    verb = v;
    if (v.cls === 'tell') {
      // The addressee belongs to the cue: "told reporters", "told the Financial Times".
      let k = i + 1;
      if (tokens[k]?.pos === 'PRON' && tokens[k]?.lower !== 'it') k++;
      else {
        if (tokens[k]?.pos === 'DET') k++;
        while (k < tokens.length && k - i <= 5 && (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'NOUN'))
          k++;
      }
      if (k > i + 1 && tokens[k - 1]?.pos !== 'DET') last = k - 1;
    }
  }
  // A channel: "wrote on X", "said in a statement", "said in an interview".
  const prep = tokens[last + 1];
  if (prep && CHANNEL_PREPS.has(prep.lower)) {
    for (let n = last + 2; n < tokens.length && n <= last + 5; n++) {
      const c = tokens[n] as Token;
      if (c.pos === 'PUNCT' || c.pos === 'VERB' || c.lower === 'that') break;
      if (CHANNEL_NOUNS.has(c.lower)) last = n;
    }
  }
  const start = t.start;
  const end = (tokens[last] as Token).end;
  return { tok: i, lastTok: last, verb, span: { start, end, text: doc.text.slice(start, end) } };
}

function inTime(doc: Doc, t: Token): boolean {
  const i = lowerBound(doc.times, t.end) - 1;
  const x = doc.times[i] as TimeExprLike | undefined;
  return x !== undefined && x.start <= t.start && x.end >= t.end;
}

/** Steps left over adverbs, auxiliaries and times between a subject and its cue. */
export function skipBack(doc: Doc, j: number, lo: number): number {
  while (j >= lo) {
    const t = doc.tokens[j] as Token;
    if (SKIP_BEFORE_CUE.has(t.lower) || TIME_WORDS.has(t.lower) || t.pos === 'ADV' || inTime(doc, t)) j--;
    else break;
  }
  return j;
}

/**
 * The subject ending at token `j`. Over an apposition or relative clause set off by commas
 * ("Dmitry Peskov, the Kremlin spokesman, said"), the subject is the phrase before the first comma.
 */
export function subjectBefore(doc: Doc, j: number, lo: number): NP | null {
  if (j < lo) return null;
  const tokens = doc.tokens;
  if ((tokens[j] as Token).text === ',') {
    for (let c = j - 1; c > lo && c >= j - 14; c--) {
      const t = tokens[c] as Token;
      if (t.text === ',') {
        const np = npBefore(doc, c - 1, lo);
        return np && !insideQuote(doc, (tokens[np.first] as Token).start)
          ? { first: np.first, last: j - 1, head: np.head }
          : null;
      }
      if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '’s') return null;
    }
    return null;
  }
  const np = npBefore(doc, j, lo);
  return np && !insideQuote(doc, (tokens[np.first] as Token).start) ? np : null;
}

/** The subject at the start of a clause ("In a statement, the ministry said …, adding that"). */
export function clauseSubject(doc: Doc, a: number, b: number): NP | null {
  const tokens = doc.tokens;
  let k = a;
  while (k < b && ((tokens[k] as Token).pos === 'PUNCT' || (tokens[k] as Token).pos === 'CCONJ')) k++;
  if (k < b && ((tokens[k] as Token).pos === 'ADP' || (tokens[k] as Token).pos === 'ADV')) {
    // Skip a fronted phrase up to its comma.
    let c = k;
    while (c < b && c - k < 10 && (tokens[c] as Token).text !== ',') c++;
    if (c < b && (tokens[c] as Token).text === ',') k = c + 1;
  }
  if (k >= b || insideQuote(doc, (tokens[k] as Token).start)) return null;
  return npAfter(doc, k, b);
}

function attribution(doc: Doc, cue: Cue, np: NP | null, from: number, to: number, rule: string): Attribution {
  return { cue, speaker: np ? speakerOf(doc, np) : null, frame: { start: from, end: to }, rule };
}

function onlyPunct(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((doc.tokens[i] as Token).pos !== 'PUNCT') return false;
  return true;
}

/** Attribution right after a closing quote mark: `,” Peskov said` / `,” said Peskov` / `,” he told reporters`. */
export function attributeAfter(doc: Doc, from: number, to: number): Attribution | null {
  const a = tokenFrom(doc.tokens, from);
  const b = tokenFrom(doc.tokens, to);
  for (let i = a; i < b && i < a + 10; i++) {
    if (insideQuote(doc, (doc.tokens[i] as Token).start)) return null;
    const cue = cueAt(doc, i);
    if (!cue || cue.lastTok >= b) continue;
    // The attribution must touch the closing mark: `,” Peskov said` or `,” said Peskov`, not
    // `” and say that …` (another clause).
    const adjacentCue = onlyPunct(doc, a, i);
    let np: NP | null = null;
    if (cue.verb === null) np = adjacentCue ? npAfter(doc, cue.lastTok + 1, b) : null;
    else {
      np = subjectBefore(doc, skipBack(doc, i - 1, a), a);
      if (np && !onlyPunct(doc, a, np.first)) np = null;
      if (!np && adjacentCue && cue.verb.cls !== 'tell') np = npAfter(doc, cue.lastTok + 1, b);
    }
    if (!np && !adjacentCue) return null;
    return attribution(doc, cue, np, from, to, 'cue-after');
  }
  return null;
}

/** Attribution before an opening quote mark: `Peskov said: “` / `According to the Kremlin, “`. */
export function attributeBefore(doc: Doc, from: number, to: number): Attribution | null {
  const a = tokenFrom(doc.tokens, from);
  const b = tokenFrom(doc.tokens, to);
  for (let i = b - 1; i >= a; i--) {
    if (insideQuote(doc, (doc.tokens[i] as Token).start)) continue;
    const cue = cueAt(doc, i);
    if (!cue || cue.lastTok >= b) continue;
    let np: NP | null = null;
    if (cue.verb === null) np = npAfter(doc, cue.lastTok + 1, b);
    else {
      np = subjectBefore(doc, skipBack(doc, i - 1, a), a);
      if (!np && cue.verb.cls !== 'tell' && !cue.verb.participle) np = npAfter(doc, cue.lastTok + 1, b);
      if (!np) np = clauseSubject(doc, a, i);
    }
    return attribution(doc, cue, np, from, to, 'cue-before');
  }
  return null;
}
