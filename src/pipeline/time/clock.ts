import { fmtDay } from './calendar.ts';
import type { Rule } from './rule.ts';

/**
 * Clock times ("10:42 a.m. EST", "3 p.m.", "noon"). Their day is the day expression next to
 * them when there is one (attached in extract.ts), else the publication date.
 */

const TZ = '(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|Kyiv time|Moscow time|local time)';

function hhmm(h: number, min: number): string {
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const ampm: Rule = {
  name: 'clock-ampm',
  re: new RegExp(
    `\\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM|A\\.M\\.|P\\.M\\.)(?![A-Za-z])(?:\\s+\\(?${TZ}\\)?)?`,
    'g',
  ),
  apply(m, ctx) {
    let h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    const pm = /^p/i.test(m[3] as string);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    const day = ctx.dct === null ? null : fmtDay(ctx.dct);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      value: day,
      timex: day ? `${day}T${hhmm(h, min)}` : null,
      granularity: 'time',
      approximate: false,
      relative: true,
      rule: 'clock-time',
    };
  },
};

const h24: Rule = {
  name: 'clock-24h',
  re: new RegExp(
    `\\b([01]?\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d)?(?![\\d:])(?:\\s*(?:\\(?${TZ}\\)?|hrs|h\\b))?`,
    'g',
  ),
  apply(m, ctx) {
    const day = ctx.dct === null ? null : fmtDay(ctx.dct);
    const h = Number(m[1]);
    const min = Number(m[2]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      value: day,
      timex: day ? `${day}T${hhmm(h, min)}` : null,
      granularity: 'time',
      approximate: false,
      relative: true,
      rule: 'clock-time',
    };
  },
};

/** "09.15 GMT" (British style): the dot is only read as a clock with a time zone after it, never "3.5 percent". */
const dotted: Rule = {
  name: 'clock-dotted',
  re: new RegExp(`\\b([01]?\\d|2[0-3])\\.([0-5]\\d)\\s*\\(?${TZ}\\)?(?![A-Za-z])`, 'g'),
  apply(m, ctx) {
    const day = ctx.dct === null ? null : fmtDay(ctx.dct);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      value: day,
      timex: day ? `${day}T${hhmm(Number(m[1]), Number(m[2]))}` : null,
      granularity: 'time',
      approximate: false,
      relative: true,
      rule: 'clock-time',
    };
  },
};

const named: Rule = {
  name: 'clock-named',
  re: /\b(noon|midnight|midday)\b/g,
  apply(m, ctx) {
    const day = ctx.dct === null ? null : fmtDay(ctx.dct);
    const t = m[1] === 'midnight' ? '00:00' : '12:00';
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: 'TIME',
      value: day,
      timex: day ? `${day}T${t}` : null,
      granularity: 'time',
      approximate: false,
      relative: true,
      rule: 'clock-time',
    };
  },
};

export const clockRules: readonly Rule[] = [ampm, h24, dotted, named];
