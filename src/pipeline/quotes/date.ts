import type { DateValue } from '../../core/types.ts';
import { type Doc, insideQuote, lowerBound } from './doc.ts';
import type { TimeExprLike } from './types.ts';

export interface QuoteDate {
  readonly date: DateValue | null;
  readonly dateRule: 'cue-time' | 'article-date' | 'none';
}

/**
 * The date of a statement: the dated time expression in the attribution's frame ("told reporters on
 * Tuesday") nearest the cue, outside any quote (a date inside the quote is what was talked about,
 * not when it was said); else the article's date.
 */
export function dateOf(
  doc: Doc,
  frame: { start: number; end: number } | null,
  cueStart: number,
  published: string | null,
): QuoteDate {
  if (frame) {
    let best: TimeExprLike | null = null;
    let bestDist = Number.POSITIVE_INFINITY;
    for (let i = lowerBound(doc.times, frame.start); i < doc.times.length; i++) {
      const t = doc.times[i] as TimeExprLike;
      if (t.start >= frame.end) break;
      if (t.end > frame.end || t.value === null || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
      if (insideQuote(doc, t.start)) continue;
      const dist = Math.abs(t.start - cueStart);
      if (dist < bestDist) {
        best = t;
        bestDist = dist;
      }
    }
    if (best) return { date: best.value, dateRule: 'cue-time' };
  }
  return published ? { date: published, dateRule: 'article-date' } : { date: null, dateRule: 'none' };
}
