import { isoDuration, NUMBER_RE, parseNumber, UNIT_RE, unitKey, WEEKDAY_RE } from './lexicon.ts';
import { prevWord, type Rule } from './rule.ts';

/**
 * Durations ("four years", "the past two months", "a nearly four-year war", "24 hours") and
 * sets ("daily", "every week", "twice a year"). chrono-node reads "four years" as a date four
 * years from now; news means a length of time, so these are ours.
 */

const APPROX = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'over',
  'than',
  'least',
  'to',
  'under',
  'within',
]);

const duration: Rule = {
  name: 'duration',
  re: new RegExp(
    `\\b(?:(the)\\s+(?:(past|last|next|coming|previous|first|final|latest|following|initial|remaining|entire|full)\\s+)?)?(${NUMBER_RE})(?:([- ])(${UNIT_RE})s?(?:-long)?|\\s+(${UNIT_RE})s?(?:-long)?)\\b(?![- ]olds?\\b)`,
    'gi',
  ),
  apply(m, ctx) {
    const num = m[3] as string;
    const unit = unitKey((m[5] ?? m[6]) as string);
    const n = parseNumber(num);
    if (n === null) return null;
    const lowNum = num.toLowerCase();
    // "a second round", "one second-hand car": "second" after a bare article is an ordinal.
    if (unit === 'second' && (lowNum === 'a' || lowNum === 'an' || lowNum === 'one')) return null;
    // "(the) one day he will..." is generic; "a night" after "spent" is fine, but "one night" alone rarely a duration.
    const pw = prevWord(ctx.text, m.index);
    // "twice a day", "$5 a month": a frequency or a rate, handled by the set rule.
    if (
      (lowNum === 'a' || lowNum === 'an') &&
      !m[1] &&
      (/^(twice|once|times|per)$/.test(pw) ||
        /[\d%]$/.test(ctx.text.slice(Math.max(0, m.index - 2), m.index).trim()))
    )
      return null;
    // Digits followed by a unit are often numbers in a larger phrase ("1,000 days"): keep; but "a 28-point plan" never matches (no unit).
    const iso = isoDuration(n, unit);
    const approximate = APPROX.has(pw) || n === 'X';
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DURATION',
      value: null,
      timex: iso,
      duration: iso,
      granularity: 'none',
      approximate,
      relative: false,
      rule: m[4] === '-' ? 'duration-adjective' : m[1] ? 'duration-the' : 'duration',
    };
  },
};

/** "for years", "in months", "over decades": a vague duration. */
const vagueDuration: Rule = {
  name: 'duration-vague',
  re: /\b(?<=(?:for|in|over|within|after|took|take|takes|lasted|last)\s)(years|months|weeks|days|decades|hours)\b/gi,
  apply(m) {
    const iso = isoDuration('X', (m[1] as string).toLowerCase());
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DURATION',
      value: null,
      timex: iso,
      duration: iso,
      granularity: 'none',
      approximate: true,
      relative: false,
      rule: 'duration-vague',
    };
  },
};

/** Words before "years of ..." that make it a stretch of a life or an era ("the early years of"), not a length. */
const NOT_VAGUE_OF = new Set([
  'the',
  'those',
  'these',
  'his',
  'her',
  'its',
  'their',
  'our',
  'early',
  'first',
  'last',
  'final',
]);

/** "months of talks", "years of war": an unquantified length of time (TimeML: PXM, PXY). */
const vagueDurationOf: Rule = {
  name: 'duration-vague-of',
  re: /\b(?:(years|months|weeks|days|decades)\s+or\s+)?(years|months|weeks|days|decades)(?=\s+of\s+[a-z])/g,
  apply(m, ctx) {
    if (NOT_VAGUE_OF.has(prevWord(ctx.text, m.index))) return null;
    // "weeks or months of talks": one vague length, written in TimeML by its first unit.
    const iso = isoDuration('X', (m[1] ?? m[2]) as string);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'DURATION',
      value: null,
      timex: iso,
      duration: iso,
      granularity: 'none',
      approximate: true,
      relative: false,
      rule: 'duration-vague',
    };
  },
};

const FREQ: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
};

const set: Rule = {
  name: 'set',
  re: new RegExp(
    `\\b(?:(daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)|(?:every|each)\\s+(?:other\\s+)?(?:(${NUMBER_RE})\\s+)?(${UNIT_RE}|morning|evening|afternoon|${WEEKDAY_RE})s?|(?:once|twice|three times|four times|\\d+ times)\\s+(?:a|an|per|every|each)\\s+(${UNIT_RE}))\\b`,
    'g',
  ),
  apply(m) {
    let iso: string;
    if (m[1]) iso = FREQ[m[1]] as string;
    else if (m[4]) iso = isoDuration(1, m[4]);
    else {
      const what = (m[3] as string).toLowerCase();
      const n = m[2] ? parseNumber(m[2]) : 1;
      if (n === null) return null;
      iso =
        /day|morning|evening|afternoon|night/.test(what) && !what.endsWith('day')
          ? 'P1D'
          : /(mon|tues|wednes|thurs|fri|satur|sun)day/.test(what)
            ? 'P1W'
            : isoDuration(n, what);
      if (/every\s+other/.test(m[0]) && typeof n === 'number') iso = isoDuration(n * 2, what);
    }
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'SET',
      value: null,
      timex: iso,
      duration: iso,
      granularity: 'none',
      approximate: false,
      relative: false,
      rule: 'set',
    };
  },
};

export const durationRules: readonly Rule[] = [duration, vagueDuration, vagueDurationOf, set];
