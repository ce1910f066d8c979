import * as chrono from 'chrono-node';
import { type Segmented, sentenceAt } from '../segment/index.ts';
import { dayNumber, fmtDay, isValidDate, parseDay, weekday } from './calendar.ts';
import { extract } from './extract.ts';
import { MONTH_RE, MONTHS } from './lexicon.ts';
import { tenseAt } from './tense.ts';

/**
 * Inferring a publication date from the text alone, conservatively (a wrong date mis-dates every
 * relative expression in the article; no date only leaves them unresolved). In order:
 *   1. a "Published/Posted/Updated ..." stamp (parsed by chrono-node: it reads many stamp formats)
 *      — Published/Posted before Updated;
 *   2. an ISO timestamp ("2025-11-26 21:04:00") anywhere in the text;
 *   3. a short paragraph near the top or bottom holding only a full date ("Nov 25, 2025");
 *   4. a dateline ("KYIV, Nov 24 (Reuters) -") whose year comes from a dated mention of the weeks before;
 *   5. the latest explicit full date, when the text narrates with weekdays in the past tense and
 *      that date is not in a future-tense sentence.
 * Relative stamps ("2 HR AGO") never pin a date.
 */

export interface Inferred {
  readonly date: string;
  readonly rule: string;
  readonly start: number;
  readonly end: number;
}

/** A complete calendar day from chrono, or null when any of year/month/day was only implied. */
function chronoDay(s: string): { day: string; index: number; text: string } | null {
  const r = chrono.strict.parse(s, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  for (const x of r) {
    const c = x.start;
    if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) {
      const y = c.get('year') as number;
      const m = c.get('month') as number;
      const d = c.get('day') as number;
      if (isValidDate(y, m, d)) return { day: fmtDay(dayNumber(y, m, d)), index: x.index, text: x.text };
    }
  }
  return null;
}

function stamp(text: string): Inferred | null {
  const re = /\b(First published|Published|Posted|Last updated|Updated)\b\s*:?\s*(?:on\s+)?/gi;
  let updated: Inferred | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 70).split('\n')[0] as string;
    const hit = chronoDay(window);
    if (!hit) continue;
    const start = from + hit.index;
    const out = {
      date: hit.day,
      rule: `stamp:${(m[1] as string).toLowerCase().replace(' ', '-')}`,
      start,
      end: start + hit.text.length,
    };
    if (/updated/i.test(m[1] as string)) updated ??= out;
    else return out;
  }
  return updated;
}

function isoStamp(text: string): Inferred | null {
  const m = /\b(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text);
  if (!m) return null;
  const n = parseDay(m[1] as string);
  return n === null
    ? null
    : { date: fmtDay(n), rule: 'iso-timestamp', start: m.index, end: m.index + m[0].length };
}

function dateLine(text: string, seg: Segmented): Inferred | null {
  const ps = seg.paragraphs;
  const picks = [...ps.slice(0, 3), ...ps.slice(-2)];
  for (const p of picks) {
    const body = text.slice(p.start, p.end);
    if (body.length > 80) continue;
    const hit = chronoDay(body);
    // The date must be most of the paragraph: a line that is a stamp, not a sentence.
    if (hit && hit.text.length >= body.replace(/[^A-Za-z0-9]/g, '').length * 0.5) {
      return {
        date: hit.day,
        rule: 'date-line',
        start: p.start + hit.index,
        end: p.start + hit.index + hit.text.length,
      };
    }
  }
  return null;
}

const DATELINE = new RegExp(
  `^[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.' -]{1,30})?,\\s+(${MONTH_RE})\\s+([12]\\d|3[01]|0?[1-9])(?:\\s*\\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI)\\))?\\s*[-—–:]`,
);

/**
 * The year for a dateline's month and day: only from an explicit dated mention (a full date or a
 * month with its year) that lies within the two months before the dateline — a bare "in 2022"
 * elsewhere in the story says nothing about when it was filed.
 */
function dateline(text: string, seg: Segmented, dated: string[]): Inferred | null {
  for (const p of seg.paragraphs.slice(0, 3)) {
    const m = DATELINE.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const mo = MONTHS[(m[1] as string).toLowerCase().replace(/\.$/, '')] ?? 0;
    const d = Number(m[2]);
    const years = new Set<number>();
    for (const v of dated) {
      const y = Number(v.slice(0, 4));
      const vm = Number(v.slice(5, 7));
      if (!isValidDate(y, mo, d)) continue;
      const gap = y * 12 + mo - (y * 12 + vm);
      if (gap >= 0 && gap <= 2) years.add(y);
      if (mo <= 2 && vm >= 11 && 12 + mo - vm <= 2) years.add(y + 1); // a December mention in a January dateline
    }
    if (years.size !== 1) return null; // no year, or conflicting ones: leave unresolved
    const y = [...years][0] as number;
    if (!isValidDate(y, mo, d)) return null;
    const start = p.start + m[0].indexOf(m[1] as string);
    return {
      date: fmtDay(dayNumber(y, mo, d)),
      rule: 'dateline+text-year',
      start,
      end: start + (m[1] as string).length + 1 + (m[2] as string).length,
    };
  }
  return null;
}

export function inferPublished(text: string, seg: Segmented): Inferred | null {
  const s = stamp(text) ?? isoStamp(text) ?? dateLine(text, seg);
  if (s) return s;
  const times = extract(text, seg, null);
  const notFuture = (start: number, end: number) => tenseAt(seg, start, end) !== 'future';
  // Explicit dated mentions (with a month) from past or present narration: a future "talks in March 2026" says nothing.
  const dated = times
    .filter(
      (t) =>
        t.type === 'DATE' &&
        typeof t.value === 'string' &&
        /^\d{4}-\d{2}/.test(t.value) &&
        t.anchor === null &&
        notFuture(t.start, t.end),
    )
    .map((t) => t.value as string);
  const dl = dateline(text, seg, dated);
  if (dl) return dl;
  // Only the lede (first three paragraphs) dates the news; full dates further down are background
  // ("The war began on Oct. 7, 2023, when ...").
  const ledeEnd = seg.paragraphs[Math.min(2, seg.paragraphs.length - 1)]?.end ?? text.length;
  const full = times.filter(
    (t) =>
      t.type === 'DATE' &&
      typeof t.value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(t.value) &&
      t.anchor === null &&
      t.start < ledeEnd &&
      notFuture(t.start, t.end),
  );
  if (full.length === 0) return null;
  // Weekday cues: bare weekdays narrated in the past tense say the article was written within days of its events.
  const weekdayCue = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
  let cue = false;
  for (let m = weekdayCue.exec(text); m !== null; m = weekdayCue.exec(text)) {
    if (sentenceAt(seg, m.index) >= 0 && tenseAt(seg, m.index, m.index + m[0].length) === 'past') {
      cue = true;
      break;
    }
  }
  if (!cue) return null;
  // A weekday written next to a full date must agree with the calendar, or the dates are not trustworthy.
  for (const t of full) {
    const w = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.exec(t.text);
    if (w) {
      const n = parseDay(t.value as string) as number;
      const wd =
        ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].indexOf(
          w[1] as string,
        ) + 1;
      if (weekday(n) !== wd) return null;
    }
  }
  const latest = full.reduce((a, b) => ((b.value as string) > (a.value as string) ? b : a));
  // Any explicit year later than the candidate's (past or present narration) means the text was written later.
  const year = Number((latest.value as string).slice(0, 4));
  for (const v of dated) if (Number(v.slice(0, 4)) > year) return null;
  for (const t of times)
    if (
      t.anchor === null &&
      typeof t.value === 'string' &&
      /^\d{4}$/.test(t.value) &&
      Number(t.value) > year &&
      notFuture(t.start, t.end)
    )
      return null;
  return {
    date: latest.value as string,
    rule: 'latest-date+weekday-cues',
    start: latest.start,
    end: latest.end,
  };
}
