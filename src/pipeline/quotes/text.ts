import type { Token } from '../segment/index.ts';
import { ABBREVIATIONS } from './lexicon.ts';

/** Index of the first token starting at or after `offset` (tokens are sorted). */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const OPEN_DOUBLE = new Set(['“', '«', '„']);
export const CLOSE_DOUBLE = new Set(['”', '»']);
export const ANY_QUOTE = /["“”«»„‘’']/;

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}|\p{N}/u.test(c);
}

export function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

/**
 * Whether the '.', '!' or '?' at `i` ends a sentence. Written by hand rather than taken from the
 * segmenter because attribution windows must stop at the boundary nearest a quote mark, and the
 * segmenter may split inside quotes. Abbreviations ("U.S.", "Sen.", initials) do not end one.
 */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '!' || c === '?') return true;
  if (c !== '.') return false;
  let j = i + 1;
  while (text[j] === '”' || text[j] === '"' || text[j] === '’' || text[j] === "'" || text[j] === ')') j++;
  const next = text[j];
  if (next === undefined || next === '\n') return true;
  if (!isSpace(next)) {
    // "proposal.Trump": a missing space after a full stop, between a lower-case word and a name.
    return /\p{Ll}/u.test(text[i - 1] ?? '') && /\p{Lu}/u.test(next) && /\p{Ll}/u.test(text[j + 1] ?? '');
  }
  // The word before the stop.
  let k = i - 1;
  while (k >= 0 && !isSpace(text[k]) && text[k] !== '(' && text[k] !== '“' && text[k] !== '"') k--;
  const word = text.slice(k + 1, i);
  if (word.includes('.')) return false; // U.S. / a.m.
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}
