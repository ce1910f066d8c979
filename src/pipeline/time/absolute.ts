import { civil, dayNumber, fmtDay, fmtMonth, fmtYear, isValidDate, weekday } from './calendar.ts';
import { HOLIDAY_RE, HOLIDAYS, MONTH_RE, MONTHS, WEEKDAY_ABBR_RE, WEEKDAY_RE, WEEKDAYS } from './lexicon.ts';
import { type Cand, partOfMonth, partOfYear, yearForDay, yearForMonth } from './resolve.ts';
import { atSentenceStart, type Ctx, DATE_PREPS, nextWord, prevWord, type Rule } from './rule.ts';
import type { Tense } from './tense.ts';

/**
 * Rules for calendar expressions: ISO stamps, month-day(-year), month-year, bare months,
 * years, decades and holidays. Those with a year resolve on their own; those without take the
 * year from the publication date and the tense (resolve.ts).
 */

const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const WD = `(${WEEKDAY_RE}|${WEEKDAY_ABBR_RE})`;
const PART =
  '(early|mid|late|Early|Mid|Late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)';

function monthOf(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function part(p: string | undefined): 'early' | 'mid' | 'late' | null {
  if (!p) return null;
  const w = p.toLowerCase();
  if (w.includes('early') || w.includes('beginning') || w.includes('start')) return 'early';
  if (w.includes('mid') || w.includes('middle')) return 'mid';
  return 'late';
}

function cand(m: RegExpExecArray, c: Omit<Cand, 'start' | 'end'>, lead = 0): Cand {
  return { start: m.index + lead, end: m.index + m[0].length, ...c };
}

const iso: Rule = {
  name: 'iso',
  re: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
  apply(m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDate(y, mo, d)) return null;
    const day = fmtDay(dayNumber(y, mo, d));
    const timed = m[4] !== undefined;
    return cand(m, {
      type: timed ? 'TIME' : 'DATE',
      value: day,
      timex: timed ? `${day}T${m[4]}:${m[5]}` : day,
      granularity: timed ? 'time' : 'day',
      approximate: false,
      relative: false,
      rule: timed ? 'iso-timestamp' : 'iso-date',
    });
  },
};

/** 11/26/2025 (US order; read day-first when the first number cannot be a month). */
const numeric: Rule = {
  name: 'numeric',
  re: /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b/g,
  apply(m) {
    let a = Number(m[1]);
    let b = Number(m[3]);
    // Dotted dates are day-first in Europe; slashed ones month-first unless impossible.
    if (m[2] === '.' || a > 12) [a, b] = [b, a];
    const y = Number(m[4]);
    if (!isValidDate(y, a, b)) return null;
    const day = fmtDay(dayNumber(y, a, b));
    return cand(m, {
      type: 'DATE',
      value: day,
      timex: day,
      granularity: 'day',
      approximate: false,
      relative: false,
      rule: 'numeric-date',
    });
  },
};

/** The day a month/day without year falls on; a weekday given alongside picks the year when it can. */
function resolveMonthDay(
  ctx: Ctx,
  start: number,
  end: number,
  mo: number,
  d: number,
  wd: number | null,
  given?: Tense,
): number | null {
  if (ctx.dct === null) return null;
  const tense = given ?? ctx.tense(start, end);
  if (wd !== null) {
    const y0 = civil(ctx.dct).y;
    const fits = [y0, y0 - 1, y0 + 1].filter(
      (y) => isValidDate(y, mo, d) && weekday(dayNumber(y, mo, d)) === wd,
    );
    if (fits.length > 0) {
      const n = yearForDay(ctx.dct, (y) => (fits.includes(y) ? dayNumber(y, mo, d) : null), null);
      if (n !== null) return n;
    }
  }
  return yearForDay(ctx.dct, (y) => (isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null), tense);
}

function monthDayCand(
  ctx: Ctx,
  m: RegExpExecArray,
  wdS: string | undefined,
  mo: number,
  d: number,
  d2: string | undefined,
  yS: string | undefined,
  rule: string,
  tense?: Tense,
): Cand | null {
  if (mo === 0) return null;
  const wd = wdS ? (WEEKDAYS[wdS.toLowerCase().replace(/\.$/, '')] ?? null) : null;
  let n: number | null;
  if (yS) {
    const y = Number(yS);
    n = isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
    if (n === null) return null;
  } else {
    if (d < 1 || d > 31) return null;
    n = resolveMonthDay(ctx, m.index, m.index + m[0].length, mo, d, wd, tense);
  }
  const relative = !yS;
  if (n === null) {
    return cand(m, {
      type: 'DATE',
      value: null,
      timex: null,
      granularity: 'day',
      approximate: false,
      relative,
      rule,
    });
  }
  if (d2) {
    // "Nov. 24-25": a range within one month.
    const { y } = civil(n);
    const e = Number(d2);
    if (!isValidDate(y, mo, e) || e <= d) return null;
    return cand(m, {
      type: 'DATE',
      value: { from: fmtDay(n), to: fmtDay(dayNumber(y, mo, e)) },
      timex: fmtDay(n),
      granularity: 'range',
      approximate: false,
      relative,
      rule: `${rule}-range`,
    });
  }
  const day = fmtDay(n);
  return cand(m, {
    type: 'DATE',
    value: day,
    timex: day,
    granularity: 'day',
    approximate: false,
    relative,
    rule: yS ? rule : `${rule}-nearest`,
  });
}

/** "Oct. 14", "Tuesday, Nov. 25, 2025", "November 24-25". */
const monthDay: Rule = {
  name: 'month-day',
  re: new RegExp(
    `(?:\\b([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?:\\b${WD},?\\s+)?\\b(${MONTH_RE})\\s+${DAY}(?:\\s*[-–]\\s*([12]\\d|3[01]|0?[1-9])(?!\\d|:\\d))?(?!\\d|:\\d)(?:,?\\s+${YEAR}(?!\\d))?`,
    'g',
  ),
  apply(m, ctx) {
    const mod = m[1]?.toLowerCase();
    const tense = mod === 'last' ? 'past' : mod === 'next' ? 'future' : undefined;
    return monthDayCand(ctx, m, m[2], monthOf(m[3] as string), Number(m[4]), m[5], m[6], 'month-day', tense);
  },
};

/** "24 November 2025", "the 24th of November". */
const dayMonth: Rule = {
  name: 'day-month',
  re: new RegExp(
    `(?:\\b${WD},?\\s+)?(?:the\\s+)?\\b${DAY}(?:\\s+of)?\\s+(${MONTH_RE})(?![a-z])(?:,?\\s+${YEAR}(?!\\d))?`,
    'g',
  ),
  apply(m, ctx) {
    return monthDayCand(ctx, m, m[1], monthOf(m[3] as string), Number(m[2]), undefined, m[4], 'day-month');
  },
};

/** "February 2022", "Feb. 2022", "early March 2014". */
const monthYear: Rule = {
  name: 'month-year',
  re: new RegExp(`(?:\\b${PART}[- ]?\\s*)?\\b(${MONTH_RE}),?\\s+(?:of\\s+)?${YEAR}(?!\\d)`, 'g'),
  apply(m) {
    const mo = monthOf(m[2] as string);
    if (mo === 0) return null;
    const y = Number(m[3]);
    const p = part(m[1]);
    return cand(m, {
      type: 'DATE',
      value: p ? partOfMonth(y, mo, p) : fmtMonth(y, mo),
      timex: fmtMonth(y, mo),
      granularity: p ? 'range' : 'month',
      approximate: p !== null,
      relative: false,
      rule: p ? `month-year-${p}` : 'month-year',
    });
  },
};

/** A bare month: "in December", "early December", "last November". */
const bareMonth: Rule = {
  name: 'month',
  re: new RegExp(
    `(?:\\b${PART}[- ]?\\s*)?(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+)?\\b(${MONTH_RE})(?![A-Za-z])(?:,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`,
    'g',
  ),
  apply(m, ctx) {
    const name = m[3] as string;
    const mo = monthOf(name);
    if (mo === 0) return null;
    const p = part(m[1]);
    const mod = m[2]?.toLowerCase() ?? null;
    const yearMod = m[4]?.toLowerCase() ?? null;
    if (!p && !mod && !yearMod) {
      const pw = prevWord(ctx.text, m.index);
      // "May" and "March" are also a verb and a noun, abbreviations are rarely bare: ask for a preposition.
      const ambiguous = name === 'May' || name === 'March' || name.length <= 4;
      if (ambiguous && !DATE_PREPS.has(pw)) return null;
      if (name === 'May' && /^[a-z]+$/.test(nextWord(ctx.text, m.index + m[0].length)) && !DATE_PREPS.has(pw))
        return null;
      // A following capitalised name ("June Carter") is rarely a date.
      if (
        !ambiguous &&
        /^[A-Z][a-z]+$/.test(nextWord(ctx.text, m.index + m[0].length)) &&
        !DATE_PREPS.has(pw) &&
        !atSentenceStart(ctx.text, m.index)
      )
        return null;
    }
    if (ctx.dct === null) {
      return cand(m, {
        type: 'DATE',
        value: null,
        timex: null,
        granularity: 'month',
        approximate: p !== null,
        relative: true,
        rule: 'month',
      });
    }
    const { y: cy, m: cm } = civil(ctx.dct);
    let y: number;
    if (yearMod) y = cy + (yearMod === 'last' ? -1 : yearMod === 'next' ? 1 : 0);
    else if (mod === 'last' || mod === 'past') y = mo < cm ? cy : cy - 1;
    else if (mod === 'next' || mod === 'coming') y = mo > cm ? cy : cy + 1;
    else if (mod === 'this') y = cy;
    else y = yearForMonth(ctx.dct, mo, ctx.tense(m.index, m.index + m[0].length));
    return cand(m, {
      type: 'DATE',
      value: p ? partOfMonth(y, mo, p) : fmtMonth(y, mo),
      timex: fmtMonth(y, mo),
      granularity: p ? 'range' : 'month',
      approximate: p !== null,
      relative: true,
      rule: `${yearMod ? `month-${yearMod}-year` : mod ? `month-${mod}` : 'month-nearest'}${p ? `-${p}` : ''}`,
    });
  },
};

const YEAR_BLOCK = new Set([
  'article',
  'resolution',
  'no',
  'no.',
  'number',
  'flight',
  'route',
  'room',
  'code',
  'section',
  'paragraph',
  'point',
  'chapter',
  'page',
  'item',
  'rule',
  'law',
  'decree',
  'bill',
  'model',
  'version',
  'vol.',
  'p.',
  'pp.',
  'cases',
  'about',
  'some',
  'nearly',
  'almost',
  'than',
  'over',
  'least',
]);

/** A year: "in 2014", "fiscal 1989", "mid-2024", "2014-2015". */
const year: Rule = {
  name: 'year',
  re: /(?:\b(fiscal|early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of)[- ]?\s*)?(?<![\w$£€.,/-])(1[89]\d\d|20\d\d)(?:\s*[-–]\s*((?:1[89]|20)?\d\d))?(?![\d%]|[.,]\d|-\d|\s*(?:percent|per cent))/g,
  apply(m, ctx) {
    const y = Number(m[2]);
    const mod = m[1]?.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    if (!mod) {
      const pw = prevWord(ctx.text, start);
      if (YEAR_BLOCK.has(pw)) return null;
      const after = ctx.text.slice(end, end + 2);
      const nw = nextWord(ctx.text, end);
      const punctAfter = after === '' || /^[\s]*[.,;:)!?"'”’]/.test(after) || /^\s*$/.test(after);
      const ok =
        DATE_PREPS.has(pw) ||
        pw === 'the' ||
        pw.endsWith("'s") ||
        punctAfter ||
        /^[A-Z]/.test(nw) ||
        ['and', 'or', 'when', 'as', 'after', 'before', 'until', 'to'].includes(nw);
      if (!ok) return null;
    }
    if (m[3]) {
      const tail = m[3];
      const y2 = tail.length === 2 ? Math.floor(y / 100) * 100 + Number(tail) : Number(tail);
      if (y2 <= y || y2 - y > 50) return null;
      return {
        start,
        end,
        type: 'DURATION',
        value: { from: fmtYear(y), to: fmtYear(y2) },
        timex: `P${y2 - y}Y`,
        duration: `P${y2 - y}Y`,
        granularity: 'range',
        approximate: false,
        relative: false,
        rule: 'year-range',
      };
    }
    const p = mod === 'fiscal' ? null : part(mod);
    return {
      start,
      end,
      type: 'DATE',
      value: p ? partOfYear(y, p) : fmtYear(y),
      timex: fmtYear(y),
      granularity: p ? 'range' : 'year',
      approximate: p !== null,
      relative: false,
      rule: mod === 'fiscal' ? 'fiscal-year' : p ? `year-${p}` : 'year',
    };
  },
};

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** "the 1990s", "the late 1970s", "the '90s", "the nineties". */
const decade: Rule = {
  name: 'decade',
  re: /(?:\b(?:the\s+)?(early|mid|late)[- ]\s*)?(?:\b(1[89]\d0|20\d0)['’]?s\b|['’](\d0)s\b|\b(?<=the\s)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/g,
  apply(m, ctx) {
    let y: number;
    if (m[2]) y = Number(m[2]);
    else if (m[3]) y = 1900 + Number(m[3]);
    else y = 1900 + (DECADE_WORDS[(m[4] as string).toLowerCase()] ?? 0) * 10;
    if (m[3] && ctx.dct !== null && y + 100 <= civil(ctx.dct).y - 0) y += 100;
    const p = part(m[1]);
    const from = p === 'late' ? y + 7 : p === 'mid' ? y + 4 : y;
    const to = p === 'early' ? y + 3 : p === 'mid' ? y + 6 : y + 9;
    return cand(m, {
      type: 'DATE',
      value: { from: fmtYear(from), to: fmtYear(to) },
      timex: String(y / 10),
      granularity: 'decade',
      approximate: p !== null,
      relative: false,
      rule: p ? `decade-${p}` : 'decade',
    });
  },
};

/** Holidays: "by Thanksgiving", "before Christmas", "Orthodox Easter 2025". */
const holiday: Rule = {
  name: 'holiday',
  re: new RegExp(`\\b${HOLIDAY_RE}(?:,?\\s+${YEAR}(?!\\d))?`, 'g'),
  apply(m, ctx) {
    const name = (m[0].replace(/,?\s+\d{4}$/, '') as string).replace(/’/g, "'").toLowerCase();
    const h = HOLIDAYS[name];
    if (!h) return null;
    const rule = `holiday:${h.id}`;
    const yS = m[1];
    // "Christmas" as a bare name in "Christmas tree", "Christmas market" is still the season; keep it.
    let n: number | null = null;
    if (yS) n = h.on(Number(yS));
    else if (ctx.dct !== null) n = yearForDay(ctx.dct, h.on, ctx.tense(m.index, m.index + m[0].length));
    const day = n === null ? null : fmtDay(n);
    return cand(m, {
      type: 'DATE',
      value: day,
      timex: day,
      granularity: 'day',
      approximate: false,
      relative: !yS,
      rule,
    });
  },
};

export const absoluteRules: readonly Rule[] = [
  iso,
  numeric,
  monthDay,
  dayMonth,
  monthYear,
  bareMonth,
  year,
  decade,
  holiday,
];
