import type { DateValue } from '../../core/types.ts';
import { governingTime } from '../time/index.ts';
import { type Doc, insideQuote } from './doc.ts';

export interface QuoteDate {
  readonly date: DateValue | null;
  readonly dateRule: 'cue-time' | 'article-date' | 'none';
}

/**
 * The date of a statement: the time expression governing the cue, chosen by the time stage's
 * `governingTime` (same sentence, same clause first, then nearest) — one rule for quotes, events
 * and stances — among the expressions outside the statement itself and outside any quote (a date
 * inside what was said is what was talked about, not when it was said); else the article's date.
 */
export function dateOf(
  doc: Doc,
  cue: { start: number; end: number } | null,
  content: { start: number; end: number },
  published: string | null,
): QuoteDate {
  if (cue) {
    const candidates = doc.times.filter(
      (t) => (t.end <= content.start || t.start >= content.end) && !insideQuote(doc, t.start),
    );
    const best = candidates.length > 0 ? governingTime(candidates, doc.seg, cue.start, cue.end) : null;
    if (best?.value) return { date: best.value, dateRule: 'cue-time' };
  }
  return published ? { date: published, dateRule: 'article-date' } : { date: null, dateRule: 'none' };
}
