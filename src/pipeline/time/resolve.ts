import type { DateValue } from '../../core/types.ts';
import {
  addMonths,
  civil,
  dayNumber,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtWeek,
  isValidDate,
  weekday,
} from './calendar.ts';
import type { Tense } from './tense.ts';
import type { Granularity, TimeType } from './types.ts';

/**
 * Choosing among the candidate readings of an under-specified expression ("Nov. 27" in which
 * year? "Tuesday" of which week?) given the publication date and the tense. The news convention:
 * the reading nearest the publication date, in the direction the verb points, with some slack
 * the other way. Deadlines ("gave Kyiv until Nov. 27", "a Dec. 31 deadline") are reported in the past
 * tense but point forward: tense.ts reads them as 'present', i.e. nearest.
 */

export interface Cand {
  readonly start: number;
  readonly end: number;
  readonly type: TimeType;
  readonly value: DateValue | null;
  readonly timex: string | null;
  readonly duration?: string;
  readonly granularity: Granularity;
  readonly approximate: boolean;
  /** Whether the publication date was needed to resolve it. */
  readonly relative: boolean;
  readonly rule: string;
}

/** Days of slack on either side: [back, forward] for each tense. */
const DAY_WINDOW: Record<string, [number, number]> = {
  past: [300, 65],
  future: [65, 300],
  present: [182, 183],
  none: [182, 183],
};

/** The year for a month/day with no year: the reading inside the tense's window around `dct`. */
export function yearForDay(dct: number, dayOf: (y: number) => number | null, tense: Tense): number | null {
  const [back, fwd] = DAY_WINDOW[tense ?? 'none'] as [number, number];
  const y0 = civil(dct).y;
  let best: number | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const n = dayOf(y);
    if (n === null) continue;
    const diff = n - dct;
    if (diff < -back || diff > fwd) continue;
    if (Math.abs(diff) < bestDist) {
      best = n;
      bestDist = Math.abs(diff);
    }
  }
  return best;
}

export function monthDay(dct: number, m: number, d: number, tense: Tense): number | null {
  return yearForDay(dct, (y) => (isValidDate(y, m, d) ? dayNumber(y, m, d) : null), tense);
}

/** The year of a bare month name: past → this month or earlier, future → this month or later. */
export function yearForMonth(dct: number, m: number, tense: Tense): number {
  const { y, m: cm } = civil(dct);
  const diff = m - cm; // -11..11 within the same year
  // Windows of month offsets: a past verb allows next month (plans announced for it), a future one
  // never reaches back; a month more than ~10 months away would be written "last September".
  const [lo, hi] = tense === 'past' ? [-10, 1] : tense === 'future' ? [0, 11] : [-6, 5];
  if (diff > hi) return y - 1;
  if (diff < lo) return y + 1;
  return y;
}

/** A weekday relative to the publication date. `mod`: the word before it ("last", "next", "this"). */
export function weekdayDay(dct: number, wd: number, tense: Tense, mod: string | null): number {
  const cur = weekday(dct);
  const back = (cur - wd + 7) % 7; // days back to the most recent such day (0 = today)
  const fwd = (wd - cur + 7) % 7;
  if (mod === 'last' || mod === 'past') return dct - (back === 0 ? 7 : back);
  if (mod === 'next' || mod === 'coming') return dct + (fwd === 0 ? 7 : fwd);
  if (mod === 'this') return dct - cur + wd; // the one in the current ISO week
  if (tense === 'future') return dct + fwd;
  if (tense === 'present') return fwd < back ? dct + fwd : dct - back;
  return dct - back; // past, or no cue: news narrates the past
}

export function dayValue(n: number): string {
  return fmtDay(n);
}

/** The range of an early/mid/late part of a month. */
export function partOfMonth(y: number, m: number, part: 'early' | 'mid' | 'late'): DateValue {
  const last = daysInMonth(y, m);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return { from: fmtDay(dayNumber(y, m, a)), to: fmtDay(dayNumber(y, m, b)) };
}

/** The range of an early/mid/late part of a year. */
export function partOfYear(y: number, part: 'early' | 'mid' | 'late'): DateValue {
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { from: fmtMonth(y, a), to: fmtMonth(y, b) };
}

export function quarterValue(y: number, q: number): DateValue {
  return { from: fmtMonth(y, q * 3 - 2), to: fmtMonth(y, q * 3) };
}

export function seasonValue(y: number, from: number, to: number): DateValue {
  const end = to < from ? addMonths(y, to, 12) : { y, m: to };
  return { from: fmtMonth(y, from), to: fmtMonth(end.y, end.m) };
}

export function weekValue(n: number): string {
  return fmtWeek(n);
}
