import type { Segmented } from '../segment/index.ts';
import { absoluteRules } from './absolute.ts';
import { fmtDay, parseDay } from './calendar.ts';
import { clockRules } from './clock.ts';
import { durationRules } from './durations.ts';
import { relativeRules } from './relative.ts';
import type { Cand } from './resolve.ts';
import { makeCtx, type Rule } from './rule.ts';
import type { TimeExpr } from './types.ts';

/**
 * The extraction driver: every rule's regex runs over the whole text (V8's regex engine is far
 * faster than a token-by-token parser), candidates compete (longest span wins, then rule order),
 * and clock times take the day of an adjacent date ("Tuesday at 3 p.m.").
 */

const RULES: readonly Rule[] = [...absoluteRules, ...relativeRules, ...durationRules, ...clockRules];

function collect(text: string, seg: Segmented, dct: number | null): Cand[] {
  const ctx = makeCtx(text, seg, dct);
  const out: Cand[] = [];
  RULES.forEach((rule) => {
    const re = new RegExp(rule.re.source, rule.re.flags); // fresh lastIndex: rules stay pure
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = rule.apply(m, ctx);
      if (c && c.end > c.start) out.push(c);
    }
  });
  return out;
}

/** Longest first; ties go to the earlier rule in RULES (absolute before relative before durations). */
function select(cands: Cand[]): Cand[] {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const taken: Cand[] = [];
  for (const { c } of order) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Clock times and days: "9 a.m. Tuesday" (clock, then the day, nothing between) is one TIME
 * expression, as TimeML writes it; a clock time a few characters from a dated day
 * ("Tuesday at 3 p.m.", "Nov. 25, 10:42 a.m.") takes that day's date.
 */
function attachClockTimes(text: string, cands: Cand[]): Cand[] {
  const isDay = (o: Cand | undefined): o is Cand =>
    !!o && o.granularity === 'day' && typeof o.value === 'string' && o.type === 'DATE';
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Cand;
    if (c.rule !== 'clock-time') {
      out.push(c);
      continue;
    }
    const next = cands[i + 1];
    const prev = out[out.length - 1];
    let day: Cand | null = null;
    let merge = false;
    if (isDay(next) && /^\s{1,2}$/.test(text.slice(c.end, next.start))) {
      day = next;
      merge = true;
    } else if (
      isDay(prev) &&
      /^[\s,]*(?:at|on|,)?[\s,]*$/.test(text.slice(prev.end, c.start)) &&
      c.start - prev.end <= 6
    )
      day = prev;
    else if (
      isDay(next) &&
      /^[\s,]*(?:on|,)?[\s,]*$/.test(text.slice(c.end, next.start)) &&
      next.start - c.end <= 6
    )
      day = next;
    if (!day) {
      out.push(c);
      continue;
    }
    const n = parseDay(day.value as string);
    if (n === null) {
      out.push(c);
      continue;
    }
    const t = c.timex?.slice(10) ?? '';
    const timed: Cand = {
      ...c,
      value: fmtDay(n),
      timex: `${fmtDay(n)}${t}`,
      relative: day.relative,
      rule: `clock-time+${day.rule}`,
    };
    if (merge) {
      out.push({ ...timed, end: day.end });
      i++;
    } else out.push(timed);
  }
  return out;
}

export function extract(text: string, seg: Segmented, published: string | null): TimeExpr[] {
  const dct = published ? parseDay(published) : null;
  const anchor = dct === null ? null : fmtDay(dct);
  const chosen = attachClockTimes(text, select(collect(text, seg, dct)));
  return chosen.map((c) => {
    const e: TimeExpr = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      value: c.value,
      granularity: c.granularity,
      approximate: c.approximate,
      anchor: c.relative ? anchor : null,
      rule: c.rule,
      timex: c.timex,
    };
    return c.duration ? { ...e, duration: c.duration } : e;
  });
}
