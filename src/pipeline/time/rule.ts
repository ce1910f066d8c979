import type { Segmented } from '../segment/index.ts';
import type { Cand } from './resolve.ts';
import { type Tense, tenseAt } from './tense.ts';

/** What a recognition rule sees: the text, the publication date as a day number, and tense on demand. */
export interface Ctx {
  readonly text: string;
  readonly seg: Segmented;
  /** Publication date (day number) or null: relative expressions then stay unresolved. */
  readonly dct: number | null;
  tense(start: number, end: number): Tense;
}

/** One recognition rule: a global regex and what a match means. Returning null rejects the match. */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  apply(m: RegExpExecArray, ctx: Ctx): Cand | null;
}

export function makeCtx(text: string, seg: Segmented, dct: number | null): Ctx {
  return { text, seg, dct, tense: (start, end) => tenseAt(seg, start, end) };
}

/** The lower-cased word just before `offset` (skipping spaces), or ''. */
export function prevWord(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i--;
  const end = i + 1;
  while (i >= 0 && /[A-Za-z'’.-]/.test(text[i] as string)) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/** The word just after `offset` (skipping spaces), case kept, or ''. */
export function nextWord(text: string, offset: number): string {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const start = i;
  while (i < text.length && /[A-Za-z'’]/.test(text[i] as string)) i++;
  return text.slice(start, i);
}

/** Whether the word before `offset` starts a sentence (nothing but punctuation/space before it). */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[ \t"'“‘(]/.test(text[i] as string)) i--;
  return i < 0 || /[.!?\n:]/.test(text[i] as string);
}

/** Prepositions and modifiers that make a bare month name or year a date ("in May", "since 2014"). */
export const DATE_PREPS = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'to',
  'through',
  'throughout',
  'during',
  'before',
  'after',
  'of',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'between',
  'and',
  'or',
  'around',
  'circa',
  'fiscal',
  'on',
  'for',
  'as',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'year',
  'ending',
  'ended',
  'starting',
  'beginning',
  'into',
  'than',
  'at',
  'like',
  'unlike',
  'against',
  'over',
  'within',
  'earlier',
  'later',
  'in.',
]);
