import { sumNumberWords } from '../../core/numbers.ts';
import type { Segmented } from '../segment/index.ts';
import type { LocalSpan } from './types.ts';

/** Small text helpers shared by the negotiation extractors. */

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase as a regex source: straight and curly apostrophes alike, any run of spaces, and scare
 * quotes around a word inside it (a mere “freezing” of the conflict).
 */
export function phraseSource(phrase: string): string {
  return escapeRe(phrase.toLowerCase()).replace(/['’]/g, "['’]").replace(/\s+/g, '["“”]?\\s+["“”]?');
}

/**
 * One alternation of phrases, longest first (so "security guarantees" beats "security"), that
 * only matches whole words and not the tail of a hyphenated word ("post-ceasefire").
 */
export function phraseRegex(phrases: readonly string[]): RegExp | null {
  const uniq = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0))];
  if (uniq.length === 0) return null;
  uniq.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${uniq.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Phrase lookup key for a matched slice: lower-cased, apostrophes and spaces normalised. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/["“”]/g, '').replace(/\s+/g, ' ');
}

export function span(text: string, start: number, end: number): LocalSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Index of the first item with `start >= offset` in a list sorted by start. */
export function lowerBound<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as T).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items whose start lies in [from, to), for a list sorted by start. */
export function within<T extends { start: number; end: number }>(
  items: readonly T[],
  from: number,
  to: number,
): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, from); i < items.length; i++) {
    const it = items[i] as T;
    if (it.start >= to) break;
    out.push(it);
  }
  return out;
}

/** For each character offset of interest, the sentence index: sentences are sorted, so a cursor walk. */
export function sentenceIndexOf(seg: Segmented, offset: number): number {
  const s = seg.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sent = s[mid];
    if (!sent) break;
    if (sent.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** A provision's summary: the text from `from` to `to`, at most 200 characters, on one line. */
export function summaryOf(text: string, from: number, to: number): string {
  return text
    .slice(from, Math.min(to, from + 200))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case word-ish slug for keys derived from text. */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '') // "communiqué" → "communique": accents dropped, not the letter
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "28", "twenty-eight", "nineteen" → a number, or null. */
export function parseCount(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const n = sumNumberWords(s);
  return n !== null && n > 0 ? n : null;
}

export const COUNT_SOURCE = `\\d{1,3}|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;
