import type { DateValue } from '../../core/types.ts';
import {
  addMonths,
  civil,
  dayNumber,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  weekStart,
} from './calendar.ts';
import {
  isoDuration,
  NUMBER_RE,
  ORDINALS,
  parseNumber,
  SEASONS,
  UNIT_RE,
  unitKey,
  WEEKDAY_RE,
  WEEKDAYS,
} from './lexicon.ts';
import { type Cand, partOfMonth, partOfYear, quarterValue, seasonValue, weekdayDay } from './resolve.ts';
import { atSentenceStart, type Ctx, DATE_PREPS, nextWord, prevWord, type Rule } from './rule.ts';
import type { Granularity, TimeType } from './types.ts';

/**
 * Rules for expressions that mean nothing without the publication date: "yesterday", "Tuesday",
 * "last week", "earlier this year", "two weeks ago", "the third quarter", "last summer", "now".
 * Without a publication date they are still recognised, with a null value.
 */

const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

function unresolved(
  m: RegExpExecArray,
  type: TimeType,
  granularity: Granularity,
  rule: string,
  lead = 0,
  approximate = false,
): Cand {
  return {
    start: m.index + lead,
    end: m.index + m[0].length,
    type,
    value: null,
    timex: null,
    granularity,
    approximate,
    relative: true,
    rule,
  };
}

/** today, yesterday, tomorrow, tonight, last night, this morning, yesterday afternoon. */
const relDay: Rule = {
  name: 'rel-day',
  re: /\b(?:(earlier|later|(?:early|late)(?=\s+\w+\s+(?:morning|afternoon|evening|night)))\s+)?(?:(today|tonight|yesterday|tomorrow|this|last|overnight)(?:\s+(morning|afternoon|evening|night))?|the day (before yesterday|after tomorrow))\b/gi,
  apply(m, ctx) {
    const word = m[2]?.toLowerCase();
    const pod = m[3]?.toLowerCase();
    // "overnight" on its own is the night that ended on the publication morning ("strikes overnight");
    // with a part of day ("overnight morning") it is not an expression.
    if (word === 'overnight' && pod) return null;
    if ((word === 'this' || word === 'last') && !pod) return null;
    if (word === 'last' && pod !== 'night') return null;
    let offset = 0;
    if (word === 'yesterday' || word === 'last' || m[4]?.toLowerCase() === 'before yesterday') offset = -1;
    if (word === 'tomorrow') offset = 1;
    if (m[4]?.toLowerCase() === 'before yesterday') offset = -2;
    if (m[4]?.toLowerCase() === 'after tomorrow') offset = 2;
    const code = pod
      ? PARTS_OF_DAY[pod]
      : word === 'tonight' || word === 'last' || word === 'overnight'
        ? 'NI'
        : undefined;
    // A part of the day is a TIME in TimeML ("last night", "this morning", "overnight"); "tonight" stays a DATE.
    const type: TimeType = pod || word === 'overnight' ? 'TIME' : 'DATE';
    const rule = `rel-day:${(m[4] ?? word ?? '').toLowerCase().replace(/ /g, '-')}${pod ? `-${pod}` : ''}`;
    if (ctx.dct === null) return unresolved(m, type, code ? 'time' : 'day', rule);
    const day = fmtDay(ctx.dct + offset);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type,
      value: day,
      timex: code ? `${day}T${code}` : day,
      granularity: code ? 'time' : 'day',
      approximate: false,
      relative: true,
      rule,
    };
  },
};

const NOT_WEEKDAY_AFTER = new Set([
  'Times',
  'Telegraph',
  'Express',
  'Mirror',
  'Herald',
  'Post',
  'Mail',
  'Star',
  'Independent',
  'Tribune',
  'Night',
  'Morning',
  'Sport',
  'People',
  'Business',
  'Review',
  'Magazine',
  'Edition',
]);

/** "Tuesday", "on Friday", "last Friday", "Tuesday evening", "Friday's meeting". */
const weekdayRule: Rule = {
  name: 'weekday',
  re: new RegExp(
    `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\\s+)?(${WEEKDAY_RE})(?:['’]s)?(?:\\s+(morning|afternoon|evening|night|overnight))?\\b`,
    'g',
  ),
  apply(m, ctx) {
    const name = m[2] as string;
    let end = m.index + m[0].length;
    // "Wednesday's ruling": a possessive names an event already reported, so it looks back.
    const possessive = /['’]s$/.test(m[0]);
    if (possessive) end -= 2;
    const pod = m[3]?.toLowerCase();
    const nw = nextWord(ctx.text, m.index + m[0].length);
    if (!pod && NOT_WEEKDAY_AFTER.has(nw)) return null;
    // "Bloody Sunday", "Super Tuesday", "Black Friday": a capitalised word before that is not a sentence opener.
    if (!m[1]) {
      const before = ctx.text.slice(0, m.index).match(/([A-Z][a-z]+)\s+$/);
      if (
        before &&
        !atSentenceStart(ctx.text, m.index - before[0].length) &&
        !DATE_PREPS.has((before[1] as string).toLowerCase())
      )
        return null;
    }
    const rawMod = m[1]?.toLowerCase() ?? null;
    const mod = rawMod && ['last', 'next', 'this', 'past', 'coming'].includes(rawMod) ? rawMod : null;
    const approx = rawMod !== null && mod === null;
    const type: TimeType = pod ? 'TIME' : 'DATE';
    const wd = WEEKDAYS[name.toLowerCase()] as number;
    const rule = `weekday-${mod ?? 'tense'}`;
    if (ctx.dct === null) return { ...unresolved(m, type, pod ? 'time' : 'day', rule, 0, approx), end };
    const tense = mod ? null : possessive ? 'past' : ctx.tense(m.index, end);
    const n = weekdayDay(ctx.dct, wd, tense, mod);
    const day = fmtDay(n);
    const code = pod ? PARTS_OF_DAY[pod] : undefined;
    const r = mod
      ? rule
      : `weekday-${tense === 'future' ? 'future' : tense === 'present' ? 'nearest' : 'past'}`;
    return {
      start: m.index,
      end,
      type,
      value: day,
      timex: code ? `${day}T${code}` : day,
      granularity: code ? 'time' : 'day',
      approximate: approx,
      relative: true,
      rule: r,
    };
  },
};

function startOfPeriod(
  unit: string,
  dct: number,
  shift: number,
): { value: DateValue; timex: string; granularity: Granularity; from: number; to: number } | null {
  const { y, m } = civil(dct);
  switch (unit) {
    case 'week': {
      const ws = weekStart(dct) + shift * 7;
      return { value: fmtWeek(ws), timex: fmtWeek(ws), granularity: 'week', from: ws, to: ws + 6 };
    }
    case 'weekend': {
      const sat = weekStart(dct) + shift * 7 + 5;
      return {
        value: { from: fmtDay(sat), to: fmtDay(sat + 1) },
        timex: `${fmtWeek(sat)}-WE`,
        granularity: 'range',
        from: sat,
        to: sat + 1,
      };
    }
    case 'month': {
      const t = addMonths(y, m, shift);
      const from = dayNumber(t.y, t.m, 1);
      return {
        value: fmtMonth(t.y, t.m),
        timex: fmtMonth(t.y, t.m),
        granularity: 'month',
        from,
        to: from + daysInMonth(t.y, t.m) - 1,
      };
    }
    case 'quarter': {
      const idx = y * 4 + Math.floor((m - 1) / 3) + shift;
      const qy = Math.floor(idx / 4);
      const q = (idx % 4) + 1;
      const from = dayNumber(qy, q * 3 - 2, 1);
      return {
        value: quarterValue(qy, q),
        timex: `${fmtYear(qy)}-Q${q}`,
        granularity: 'quarter',
        from,
        to: dayNumber(qy, q * 3, daysInMonth(qy, q * 3)),
      };
    }
    case 'year':
    case 'fiscal year':
      return {
        value: fmtYear(y + shift),
        timex: fmtYear(y + shift),
        granularity: 'year',
        from: dayNumber(y + shift, 1, 1),
        to: dayNumber(y + shift, 12, 31),
      };
    case 'decade': {
      const d0 = Math.floor(y / 10) * 10 + shift * 10;
      return {
        value: { from: fmtYear(d0), to: fmtYear(d0 + 9) },
        timex: String(d0 / 10),
        granularity: 'decade',
        from: dayNumber(d0, 1, 1),
        to: dayNumber(d0 + 9, 12, 31),
      };
    }
    case 'century': {
      const c0 = Math.floor(y / 100) * 100 + shift * 100;
      return {
        value: { from: fmtYear(c0), to: fmtYear(c0 + 99) },
        timex: String(c0 / 100),
        granularity: 'range',
        from: dayNumber(c0, 1, 1),
        to: dayNumber(c0 + 99, 12, 31),
      };
    }
    default:
      return null;
  }
}

/** The season `shift` seasons-of-this-name away: 0 = this year's, -1 = the last completed one. */
function seasonPeriod(
  name: string,
  dct: number,
  mod: string | null,
  ctx: Ctx,
  start: number,
  end: number,
): { value: DateValue; timex: string } {
  const s = SEASONS[name] as { code: string; from: number; to: number };
  const { y } = civil(dct);
  const startOf = (yy: number) => dayNumber(yy, s.from, 1);
  const endOf = (yy: number) => {
    const e = s.to < s.from ? { y: yy + 1, m: s.to } : { y: yy, m: s.to };
    return dayNumber(e.y, e.m, daysInMonth(e.y, e.m));
  };
  let sy: number;
  if (mod === 'last' || mod === 'past') sy = endOf(y) < dct ? y : endOf(y - 1) < dct ? y - 1 : y - 2;
  else if (mod === 'next' || mod === 'coming') sy = startOf(y) > dct ? y : y + 1;
  else if (mod === 'this') sy = s.to < s.from && dct < startOf(y) ? y - 1 : y;
  else {
    const tense = ctx.tense(start, end);
    const cur = s.to < s.from && dct < startOf(y) ? y - 1 : y; // the one this year (winter straddles)
    if (tense === 'past') sy = startOf(cur) <= dct ? cur : cur - 1;
    else if (tense === 'future') sy = endOf(cur) >= dct ? cur : cur + 1;
    // No direction ("by the spring"): this year's unless it is over and next year's is nearer.
    else sy = endOf(cur) < dct && startOf(cur + 1) - dct < dct - endOf(cur) ? cur + 1 : cur;
  }
  return { value: seasonValue(sy, s.from, s.to), timex: `${fmtYear(sy)}-${s.code}` };
}

/** "last week", "this year", "next month", "earlier this year", "late last month", "the past year", "this summer". */
const relUnit: Rule = {
  name: 'rel-unit',
  re: /\b(?:(early|late|mid|earlier|later|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)(?:[- ]|\s+in\s+)?\s*)?(?:(the)\s+)?(last|next|this|past|coming|previous|current|following|same)\s+(week|weekend|month|year|fiscal year|quarter|decade|century|spring|summer|autumn|fall|winter)\b/gi,
  apply(m, ctx) {
    const p = m[1]?.toLowerCase() ?? null;
    const the = m[2] !== undefined;
    const mod = (m[3] as string).toLowerCase();
    const unit = (m[4] as string).toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    // "the past year", "the last week", "the coming month": a period measured back or forward from now.
    if (the && !p && ['past', 'last', 'next', 'coming'].includes(mod) && !SEASONS[unit]) {
      const dur = isoDuration(
        1,
        unit === 'weekend' ? 'day' : unit === 'quarter' ? 'month' : unit === 'fiscal year' ? 'year' : unit,
      );
      const d = unit === 'quarter' ? 'P3M' : unit === 'weekend' ? 'P2D' : dur;
      return {
        start,
        end,
        type: 'DURATION',
        value: null,
        timex: d,
        duration: d,
        granularity: 'none',
        approximate: false,
        relative: false,
        rule: 'duration-the-past-unit',
      };
    }
    if (mod === 'following' || mod === 'previous' || mod === 'same') {
      // Anaphoric: relative to some other time in the text, not to the publication date.
      return {
        start,
        end,
        type: 'DATE',
        value: null,
        timex: null,
        granularity: 'none',
        approximate: false,
        relative: true,
        rule: 'anaphoric',
      };
    }
    const rule = `rel-${mod}-${unit.replace(' ', '-')}${p ? `-${p.replace(/ /g, '-')}` : ''}`;
    if (ctx.dct === null) return unresolved(m, 'DATE', 'none', rule, 0, p !== null);
    const dct = ctx.dct;
    if (SEASONS[unit]) {
      const s = seasonPeriod(unit, dct, mod, ctx, start, end);
      return {
        start,
        end,
        type: 'DATE',
        value: s.value,
        timex: s.timex,
        granularity: 'season',
        approximate: p !== null,
        relative: true,
        rule,
      };
    }
    const shift = mod === 'last' || mod === 'past' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
    let per = startOfPeriod(unit, dct, shift);
    // "last weekend"/"this weekend": the weekend before or after the publication date.
    if (unit === 'weekend' && per) {
      const dow = dct - weekStart(dct); // 0 = Monday
      if (mod === 'last' || mod === 'past') per = startOfPeriod('weekend', dct, dow >= 5 ? 0 : -1);
      else if (mod === 'this') per = startOfPeriod('weekend', dct, 0);
    }
    if (!per) return null;
    let value: DateValue = per.value;
    let granularity: Granularity = per.granularity;
    let approximate = false;
    if (p) {
      approximate = true;
      granularity = 'range';
      const part =
        p.includes('early') || p.includes('beginning') || p.includes('start')
          ? 'early'
          : p.includes('mid') || p.includes('middle')
            ? 'mid'
            : p.includes('earlier')
              ? 'earlier'
              : p.includes('later')
                ? 'later'
                : 'late';
      value = partValue(
        unit === 'fiscal year' ? 'year' : unit,
        per,
        dct,
        part,
        /end|beginning|start/.test(p),
      );
    }
    return {
      start,
      end,
      type: 'DATE',
      value,
      timex: per.timex,
      granularity,
      approximate,
      relative: true,
      rule,
    };
  },
};

/** "the weekend", "over the weekend": the nearest weekend in the tense's direction. */
const theWeekend: Rule = {
  name: 'the-weekend',
  re: /\bthe\s+weekend\b/gi,
  apply(m, ctx) {
    if (ctx.dct === null) return unresolved(m, 'DATE', 'range', 'weekend-tense');
    const dow = ctx.dct - weekStart(ctx.dct);
    const tense = ctx.tense(m.index, m.index + m[0].length);
    const shift = tense === 'future' || tense === 'present' ? (dow >= 5 ? 0 : 0) : dow >= 5 ? 0 : -1;
    const per = startOfPeriod('weekend', ctx.dct, shift);
    if (!per) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: per.value,
      timex: per.timex,
      granularity: 'range',
      approximate: false,
      relative: true,
      rule: `weekend-${tense === 'future' || tense === 'present' ? 'future' : 'past'}`,
    };
  },
};

/**
 * The value of a part of a period: early/mid/late thirds of a month (partOfMonth) or a week, the
 * four-month parts of a year; "earlier"/"later" run from the period's start to the publication date
 * or from it to the end. `edge` ("the end of", "the start of") narrows a year to its last or first month.
 */
function partValue(
  unit: string,
  per: { from: number; to: number },
  dct: number,
  part: 'early' | 'mid' | 'late' | 'earlier' | 'later',
  edge: boolean,
): DateValue {
  if (part === 'earlier') return { from: fmtDay(per.from), to: fmtDay(Math.min(dct, per.to)) };
  if (part === 'later') return { from: fmtDay(Math.max(dct, per.from)), to: fmtDay(per.to) };
  const { y, m } = civil(per.from);
  if (unit === 'month') return partOfMonth(y, m, part);
  if (unit === 'year')
    return edge && part !== 'mid' ? fmtMonth(y, part === 'early' ? 1 : 12) : partOfYear(y, part);
  const len = per.to - per.from + 1;
  const a = part === 'early' ? 0 : part === 'mid' ? Math.floor(len / 3) : Math.floor((2 * len) / 3);
  const b =
    part === 'early' ? Math.floor(len / 3) - 1 : part === 'mid' ? Math.floor((2 * len) / 3) - 1 : len - 1;
  return { from: fmtDay(per.from + a), to: fmtDay(per.from + Math.max(a, b)) };
}

/**
 * "the end of the month", "the start of the week", "earlier in the year", "later in the day": a part of
 * the period that contains the publication date (news writes "the end of the year" for this one).
 */
const partOfCurrent: Rule = {
  name: 'part-of-current',
  re: /\b(?:(earlier|later)\s+(?:in|on)\s+the\s+(day|week|month|year)|(?:the\s+)?(end|beginning|start|middle)\s+of\s+the\s+(week|month|year))\b/gi,
  apply(m, ctx) {
    const unit = ((m[2] ?? m[4]) as string).toLowerCase();
    const w = ((m[1] ?? m[3]) as string).toLowerCase();
    const part =
      w === 'earlier' || w === 'later' ? w : w === 'end' ? 'late' : w === 'middle' ? 'mid' : 'early';
    const rule = `part-of-current-${unit}:${w}`;
    if (ctx.dct === null) return unresolved(m, 'DATE', 'range', rule, 0, true);
    const base = {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE' as const,
      approximate: true,
      relative: true,
      rule,
    };
    if (unit === 'day') {
      const day = fmtDay(ctx.dct);
      return { ...base, value: day, timex: day, granularity: 'day' };
    }
    const per = startOfPeriod(unit, ctx.dct, 0);
    if (!per) return null;
    return {
      ...base,
      value: partValue(unit, per, ctx.dct, part, !m[1]),
      timex: per.timex,
      granularity: 'range',
    };
  },
};

/**
 * "2 HR AGO", "35 mins ago": a page's relative stamp, measured from whenever the page was read, so it
 * pins no date (and must never be taken for the publication date).
 */
const relativeStamp: Rule = {
  name: 'relative-stamp',
  re: /\b(\d{1,3})\s*(HRS?|hrs?|MINS?|mins?|H|h|M|m|D|d)\s+(?:AGO|ago)\b/g,
  apply(m) {
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      value: null,
      timex: null,
      granularity: 'none',
      approximate: true,
      relative: false,
      rule: 'relative-stamp',
    };
  },
};

/** "two weeks ago", "a year ago", "several years ago"; "a year earlier" is anaphoric. */
const ago: Rule = {
  name: 'ago',
  re: new RegExp(
    `\\b(${NUMBER_RE})[- ](${UNIT_RE})s?\\s+(ago|earlier|later|before|after|from now|back)\\b`,
    'gi',
  ),
  apply(m, ctx) {
    const n = parseNumber(m[1] as string);
    const unit = unitKey(m[2] as string);
    const dir = (m[3] as string).toLowerCase();
    if (n === null) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    if (dir !== 'ago' && dir !== 'from now' && dir !== 'back') {
      return {
        start,
        end,
        type: 'DATE',
        value: null,
        timex: null,
        duration: isoDuration(n, unit),
        granularity: 'none',
        approximate: false,
        relative: true,
        rule: 'anaphoric-offset',
      };
    }
    const sign = dir === 'from now' ? 1 : -1;
    const rule = `offset-${dir.replace(' ', '-')}`;
    if (ctx.dct === null || n === 'X') {
      const ref = n === 'X' && ctx.dct !== null ? (sign < 0 ? 'PAST_REF' : 'FUTURE_REF') : null;
      return {
        start,
        end,
        type: 'DATE',
        value: null,
        timex: ref,
        granularity: 'none',
        approximate: true,
        relative: true,
        rule,
      };
    }
    const { y, m: mo } = civil(ctx.dct);
    const k = sign * n;
    const type: TimeType = ['second', 'minute', 'hour'].includes(unit) ? 'TIME' : 'DATE';
    let value: DateValue;
    let timex: string;
    let granularity: Granularity;
    switch (unit) {
      case 'second':
      case 'minute':
      case 'hour':
      case 'day':
      case 'night': {
        const d = unit === 'day' || unit === 'night' ? ctx.dct + k : ctx.dct;
        value = fmtDay(d);
        timex = value;
        granularity = 'day';
        break;
      }
      case 'week':
      case 'fortnight': {
        const d = ctx.dct + k * (unit === 'week' ? 7 : 14);
        value = fmtWeek(d);
        timex = value;
        granularity = 'week';
        break;
      }
      case 'month': {
        const t = addMonths(y, mo, Math.round(k));
        value = fmtMonth(t.y, t.m);
        timex = value;
        granularity = 'month';
        break;
      }
      case 'decade':
      case 'century':
      case 'year': {
        const yy = y + Math.round(k * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1));
        value = fmtYear(yy);
        timex = value;
        granularity = 'year';
        break;
      }
      default:
        return null;
    }
    return { start, end, type, value, timex, granularity, approximate: true, relative: true, rule };
  },
};

/** "the third quarter", "third-quarter", "Q3 2025", "the fourth quarter of 1989", "the latest quarter". */
const quarter: Rule = {
  name: 'quarter',
  re: /\b(?:(the)\s+)?(?:(year-ago|year-earlier|1[89]\d\d|20\d\d|fiscal)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|(latest|year-ago|year-earlier)\s+quarter|(?<=the\s)quarter\b)(?:\s+of\s+(?:fiscal\s+)?(1[89]\d\d|20\d\d))?|\bQ([1-4])(?:\s+(1[89]\d\d|20\d\d))?\b/gi,
  apply(m, ctx) {
    const start = m.index;
    const end = m.index + m[0].length;
    const ord = m[3]?.toLowerCase();
    const qn = ord ? ORDINALS[ord] : m[6] ? Number(m[6]) : null;
    const pre = m[2]?.toLowerCase();
    const yS = m[5] ?? m[7] ?? (pre && /^\d{4}$/.test(pre) ? pre : undefined);
    if (qn && yS) {
      const y = Number(yS);
      return {
        start,
        end,
        type: 'DATE',
        value: quarterValue(y, qn),
        timex: `${y}-Q${qn}`,
        granularity: 'quarter',
        approximate: false,
        relative: false,
        rule: 'quarter-year',
      };
    }
    if (ctx.dct === null) return unresolved(m, 'DATE', 'quarter', 'quarter');
    const { y, m: mo } = civil(ctx.dct);
    const cq = Math.floor((mo - 1) / 3) + 1;
    if (!qn) {
      // "the latest quarter" / "the quarter ended": the last completed quarter (earnings-report usage).
      const yearAgo = /year-(ago|earlier)/i.test(m[4] ?? '');
      const idx = y * 4 + cq - 2 - (yearAgo ? 4 : 0);
      const qy = Math.floor(idx / 4);
      const q = (idx % 4) + 1;
      return {
        start,
        end,
        type: 'DATE',
        value: quarterValue(qy, q),
        timex: `${qy}-Q${q}`,
        granularity: 'quarter',
        approximate: false,
        relative: true,
        rule: yearAgo ? 'quarter-year-ago' : 'quarter-latest-completed',
      };
    }
    const tense = ctx.tense(start, end);
    let qy = y;
    if (pre === 'year-ago' || pre === 'year-earlier') {
      return {
        start,
        end,
        type: 'DATE',
        value: quarterValue(y - 1, qn),
        timex: `${y - 1}-Q${qn}`,
        granularity: 'quarter',
        approximate: false,
        relative: true,
        rule: 'quarter-year-ago',
      };
    }
    if (tense === 'past' && qn > cq) qy = y - 1;
    if (tense === 'future' && qn < cq) qy = y + 1;
    return {
      start,
      end,
      type: 'DATE',
      value: quarterValue(qy, qn),
      timex: `${qy}-Q${qn}`,
      granularity: 'quarter',
      approximate: false,
      relative: true,
      rule: 'quarter-nearest',
    };
  },
};

/** A season with a year or after a preposition: "in the summer", "winter 2022", "by spring". */
const season: Rule = {
  name: 'season',
  re: /\b(?:(early|late|mid)[- ]?\s*)?(?:(the)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(1[89]\d\d|20\d\d))?\b/gi,
  apply(m, ctx) {
    const name = (m[3] as string).toLowerCase();
    const yS = m[4];
    const start = m.index;
    const end = m.index + m[0].length;
    const pw = prevWord(ctx.text, start);
    if (!yS && !m[1] && !DATE_PREPS.has(pw)) return null;
    if (!yS && (name === 'fall' || name === 'spring') && !m[2] && !m[1]) return null;
    const s = SEASONS[name] as { code: string; from: number; to: number };
    const approx = m[1] !== undefined;
    if (yS) {
      const y = Number(yS);
      return {
        start,
        end,
        type: 'DATE',
        value: seasonValue(y, s.from, s.to),
        timex: `${y}-${s.code}`,
        granularity: 'season',
        approximate: approx,
        relative: false,
        rule: 'season-year',
      };
    }
    if (ctx.dct === null) return unresolved(m, 'DATE', 'season', 'season');
    const r = seasonPeriod(name, ctx.dct, null, ctx, start, end);
    return {
      start,
      end,
      type: 'DATE',
      value: r.value,
      timex: r.timex,
      granularity: 'season',
      approximate: approx,
      relative: true,
      rule: 'season-nearest',
    };
  },
};

/** now / recently / soon / the future, and "in the coming days" / "in recent weeks". */
const refs: Rule = {
  name: 'ref',
  re: /\b(?:(now|currently|recently|lately|nowadays|presently|right now|at present|at the moment|these days|for now)|(the (?:near |distant |foreseeable )?future|the past)(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|week|month|year|day|decade|century|hours?|quarter))|(?:the\s+)?(coming|recent)\s+(days|weeks|months|years)|(?:the\s+)?(days|weeks|months|years)\s+(ahead|to come))\b/gi,
  apply(m, ctx) {
    const start = m.index;
    const end = m.index + m[0].length;
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    if (w) {
      if (w === 'now' && /^-/.test(ctx.text.slice(end, end + 1))) return null; // "now-defunct"
      const ref = /past|recent|lately|previous/.test(w)
        ? 'PAST_REF'
        : /future|soon/.test(w)
          ? 'FUTURE_REF'
          : 'PRESENT_REF';
      return {
        start,
        end,
        type: 'DATE',
        value: null,
        timex: ref,
        granularity: 'none',
        approximate: true,
        relative: false,
        rule: `ref:${ref.toLowerCase()}`,
      };
    }
    const dirWord = (m[3] ?? m[6] ?? '').toLowerCase();
    const unit = ((m[4] ?? m[5]) as string).toLowerCase();
    const future = dirWord === 'coming' || dirWord === 'ahead' || dirWord === 'to come';
    const ref = future ? 'FUTURE_REF' : 'PAST_REF';
    const reach = unit === 'days' ? 10 : unit === 'weeks' ? 42 : unit === 'months' ? 180 : 0;
    const rule = `${future ? 'coming' : 'recent'}-${unit}`;
    if (ctx.dct === null || reach === 0)
      return {
        start,
        end,
        type: 'DATE',
        value: null,
        timex: ref,
        granularity: 'none',
        approximate: true,
        relative: true,
        rule,
      };
    const value = future
      ? { from: fmtDay(ctx.dct + 1), to: fmtDay(ctx.dct + reach) }
      : { from: fmtDay(ctx.dct - reach), to: fmtDay(ctx.dct - 1) };
    return {
      start,
      end,
      type: 'DATE',
      value,
      timex: ref,
      granularity: 'range',
      approximate: true,
      relative: true,
      rule,
    };
  },
};

export const relativeRules: readonly Rule[] = [
  relDay,
  weekdayRule,
  relUnit,
  theWeekend,
  partOfCurrent,
  relativeStamp,
  ago,
  quarter,
  season,
  refs,
];
