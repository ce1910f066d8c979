import { type Segmented, sentenceAt } from '../segment/index.ts';
import type { TimeExpr } from './types.ts';

/**
 * The time expression governing a span (a quote, an event, a stance): a dated DATE or TIME in the
 * same sentence, preferring one in the same clause (clauses split at ; : — and parentheses), then
 * the nearest. Durations, sets and unresolved expressions never govern. Nothing is borrowed from
 * neighbouring sentences: a wrong date is worse than none.
 */
const CLAUSE_BREAK = /[;:—–()]/;

export function governingTime(
  times: readonly TimeExpr[],
  seg: Segmented,
  start: number,
  end: number,
): TimeExpr | null {
  const si = sentenceAt(seg, start);
  if (si < 0) return null;
  const sent = seg.sentences[si];
  if (!sent) return null;
  let best: TimeExpr | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const t of times) {
    if (t.start < sent.start || t.end > sent.end) continue;
    if (t.value === null || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const dist = t.end <= start ? start - t.end : t.start >= end ? t.start - end : 0;
    // Whether a clause break lies between the span and the time: a cheap proxy for "same clause".
    const between = t.end <= start ? [t.end, start] : t.start >= end ? [end, t.start] : null;
    const crossing = between ? hasBreak(seg, between[0] as number, between[1] as number) : false;
    const score = dist + (crossing ? 10_000 : 0);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** Whether the tokens between offsets a and b contain a clause break (binary search, then scan). */
function hasBreak(seg: Segmented, a: number, b: number): boolean {
  const toks = seg.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as { start: number }).start < a) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < toks.length; i++) {
    const tok = toks[i] as { start: number; end: number; text: string };
    if (tok.end > b) break;
    if (CLAUSE_BREAK.test(tok.text)) return true;
  }
  return false;
}
