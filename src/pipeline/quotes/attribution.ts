import type { Token } from '../segment/index.ts';
import { type Doc, insideQuote, lowerBound, mentionsIn } from './doc.ts';
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
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

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
    // "what they call a “realpolitik” approach": a scare quote's usual frame, not a speaker's words.
    if (
      v.lemma === 'call' &&
      (tokens[i - 1]?.lower === 'what' ||
        tokens[i - 2]?.lower === 'what' ||
        tokens[i - 1]?.text === '-' ||
        tokens[i - 1]?.lower === 'so')
    )
      return null; // …and "the so-called “…”"
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
      if (c.pos === 'PUNCT' || c.lower === 'that' || (c.pos === 'VERB' && !/ed$/.test(c.lower))) break;
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
    // Between the commas: an apposition or a relative clause; the subject is before them. Over
    // several ("Umerov, the secretary of the council, who led the delegation, wrote"), step back
    // while the part between commas opens with a relative pronoun.
    let end = j;
    for (let c = j - 1; c > lo && c >= j - 24; c--) {
      const t = tokens[c] as Token;
      if (t.text === ',') {
        const inner = tokens[c + 1] as Token;
        if (RELATIVE.has(inner.lower) && end === j) {
          end = c;
          continue;
        }
        const np = npBefore(doc, c - 1, lo);
        if (!np || insideQuote(doc, (tokens[np.first] as Token).start)) return null;
        // "Ukraine's security council secretary, Rustem Umerov, posted": the name is the head.
        const appo = npBefore(doc, end - 1, c + 1);
        const named = (x: NP) =>
          mentionsIn(doc, (tokens[x.last] as Token).start, (tokens[x.last] as Token).end).length > 0;
        const head =
          appo && !named(np) && named(appo) && (tokens[appo.last] as Token).pos === 'PROPN'
            ? appo.last
            : np.head;
        return { first: np.first, last: end - 1, head };
      }
      if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '’s') return null;
      if (c < j - 14 && end === j) return null;
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
  let weak: Attribution | null = null;
  for (let i = b - 1; i >= a; i--) {
    if (insideQuote(doc, (doc.tokens[i] as Token).start)) continue;
    const cue = cueAt(doc, i);
    if (!cue || cue.lastTok >= b) continue;
    let np: NP | null = null;
    if (cue.verb === null) np = npAfter(doc, cue.lastTok + 1, b);
    else {
      np = subjectBefore(doc, skipBack(doc, i - 1, a), a);
      if (!np && cue.verb.cls !== 'tell' && !cue.verb.participle) {
        // Inverted ("said Peskov: “…”") only when the phrase touches the quote; otherwise the
        // phrase after the cue is the reported clause's subject ("and said Russia would …").
        const inv = npAfter(doc, cue.lastTok + 1, b);
        if (inv && onlyPunct(doc, inv.last + 1, b)) np = inv;
      }
      if (!np) np = clauseSubject(doc, a, i);
    }
    const found = attribution(doc, cue, np, from, to, 'cue-before');
    // Belief verbs ("the president believed …") inside someone's statement: an earlier speech
    // cue of the same sentence is the attribution ("Leavitt told reporters the president believed “…”").
    if (cue.verb && WEAK_LEMMAS.has(cue.verb.lemma)) {
      weak ??= found;
      continue;
    }
    return found;
  }
  return weak;
}

const WEAK_LEMMAS = new Set(['believe', 'think', 'describe', 'call']);

/**
 * A quote introduced by a colon that no cue verb introduces: "Zelensky struck a cautious tone but
 * expressed optimism: “…”", "Kallas: “…”". The speaker is the subject of the clause before the
 * colon (a name or pronoun at its start, or a bare speaker phrase before the colon).
 */
export function colonAttribution(doc: Doc, open: number, paraStart: number): Attribution | null {
  const text = doc.text;
  let k = open - 1;
  while (k >= paraStart && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (text[k] !== ':') return null;
  const tokens = doc.tokens;
  const colonTok = tokenFrom(tokens, k);
  // The clause before the colon: back to the sentence start.
  let sStart = k - 1;
  while (sStart > paraStart) {
    const c = text[sStart];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[sStart + 1] ?? '')) break;
    sStart--;
  }
  const a = tokenFrom(tokens, sStart <= paraStart ? paraStart : sStart + 1);
  if (colonTok - a > 30) return null;
  const np = clauseSubject(doc, a, colonTok);
  if (!np) return null;
  const head = tokens[np.head] as Token;
  // The subject must name a speaker: a proper name, a pronoun or a person noun, not "The plan:".
  if (head.pos !== 'PROPN' && head.pos !== 'PRON' && mentionsIn(doc, head.start, head.end).length === 0) {
    const sp = speakerOf(doc, np);
    if (!sp.unnamed && !sp.actor) return null;
  }
  const colonTokObj = tokens[colonTok] as Token;
  const cue: Cue = {
    tok: colonTok,
    lastTok: colonTok,
    verb: null,
    span: { start: colonTokObj.start, end: colonTokObj.end, text: colonTokObj.text },
  };
  return attribution(doc, cue, np, (tokens[a] as Token).start, open, 'colon');
}
