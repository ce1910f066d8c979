import { CARDINALS, sumNumberWords } from '../../core/numbers.ts';
import { dayNumber, nthWeekday, orthodoxEaster, westernEaster } from './calendar.ts';

/**
 * Word lists for English time expressions. Language data, not domain knowledge: every
 * negotiation's coverage uses the same calendar words, so they live in code, not in packs.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Month names as a regex alternative. Capitalised only: "may" and "march" are also words. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)';

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Abbreviated weekdays appear in datelines and time stamps ("Tue November 25, 2025"). */
export const WEEKDAY_ABBR_RE = '(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?';

const SMALL: Readonly<Record<string, number>> = {
  ...CARDINALS,
  a: 1,
  an: 1,
  half: 0.5,
  dozen: 12,
  single: 1,
};
/** Vague quantities: TimeML writes them as X ("PXY" = some years). */
const VAGUE = new Set(['several', 'few', 'a few', 'many', 'some', 'the next few', 'multiple']);

export const NUMBER_RE =
  '(?:\\d+(?:\\.\\d+)?(?: 1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an|several|a few|few|many|a couple of|a dozen|dozen|half a|a half)';

/** A number word or numeral → number, or 'X' for vague quantities, or null. */
export function parseNumber(s: string): number | 'X' | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE.has(t)) return 'X';
  if (t === 'half a' || t === 'a half') return 0.5;
  if (t === 'a dozen' || t === 'dozen') return 12;
  if (t === 'a couple of' || t === 'a couple' || t === 'couple') return 2;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^\d+ 1\/2$/.test(t)) return Number(t.slice(0, -4)) + 0.5;
  return sumNumberWords(t, SMALL);
}

/** Units of duration → ISO 8601 designator and the granularity an "ago" expression resolves to. */
export const UNITS: Readonly<Record<string, { iso: string; time: boolean; days: number }>> = {
  second: { iso: 'S', time: true, days: 0 },
  minute: { iso: 'M', time: true, days: 0 },
  hour: { iso: 'H', time: true, days: 0 },
  day: { iso: 'D', time: false, days: 1 },
  night: { iso: 'D', time: false, days: 1 },
  week: { iso: 'W', time: false, days: 7 },
  fortnight: { iso: 'W', time: false, days: 14 },
  month: { iso: 'M', time: false, days: 30 },
  year: { iso: 'Y', time: false, days: 365 },
  decade: { iso: 'Y', time: false, days: 3652 },
  century: { iso: 'Y', time: false, days: 36524 },
};
export const UNIT_RE = '(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))';

/** ISO duration for n units ("P4Y", "PT5H", "P2W", "PXD"). */
export function isoDuration(n: number | 'X', unit: string): string {
  const u = unitKey(unit);
  const info = UNITS[u];
  if (!info) return 'PX';
  let k: number | 'X' = n;
  let designator = info.iso;
  if (u === 'decade' && n !== 'X') k = n * 10;
  if (u === 'century' && n !== 'X') k = n * 100;
  if (u === 'decade' && n === 'X') designator = 'DE';
  if (u === 'century' && n === 'X') designator = 'CE';
  if (u === 'fortnight' && n !== 'X') k = n * 2;
  if (typeof k === 'number' && !Number.isInteger(k)) {
    // Fractions: whole units plus the rest in the next smaller unit ("2 1/2 years" = P2Y6M).
    const whole = Math.floor(k);
    const rest = k - whole;
    const w = (s: string) => (whole > 0 ? s : '');
    if (designator === 'Y') return `P${w(`${whole}Y`)}${Math.round(rest * 12)}M`;
    if (designator === 'M' && !info.time) return `P${w(`${whole}M`)}${Math.round(rest * 30)}D`;
    if (designator === 'W') return `P${Math.round(k * 7)}D`;
    if (designator === 'D') return `P${w(`${whole}D`)}T${Math.round(rest * 24)}H`;
    if (designator === 'H') return `PT${w(`${whole}H`)}${Math.round(rest * 60)}M`;
  }
  return info.time ? `PT${k}${designator}` : `P${k}${designator}`;
}

export function unitKey(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('centur')) return 'century';
  return u.endsWith('s') ? u.slice(0, -1) : u;
}

export const SEASONS: Readonly<Record<string, { code: string; from: number; to: number }>> = {
  spring: { code: 'SP', from: 3, to: 5 },
  summer: { code: 'SU', from: 6, to: 8 },
  autumn: { code: 'FA', from: 9, to: 11 },
  fall: { code: 'FA', from: 9, to: 11 },
  winter: { code: 'WI', from: 12, to: 2 },
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** Holidays: name pattern (lower-case key) → the day it falls on in a given year, and a rule id. */
export interface Holiday {
  readonly id: string;
  readonly on: (year: number) => number;
}
export const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  thanksgiving: { id: 'thanksgiving-us', on: (y) => nthWeekday(y, 11, 4, 4) },
  'thanksgiving day': { id: 'thanksgiving-us', on: (y) => nthWeekday(y, 11, 4, 4) },
  christmas: { id: 'christmas', on: (y) => dayNumber(y, 12, 25) },
  'christmas day': { id: 'christmas', on: (y) => dayNumber(y, 12, 25) },
  'christmas eve': { id: 'christmas-eve', on: (y) => dayNumber(y, 12, 24) },
  'orthodox christmas': { id: 'christmas-orthodox', on: (y) => dayNumber(y, 1, 7) },
  easter: { id: 'easter', on: westernEaster },
  'easter sunday': { id: 'easter', on: westernEaster },
  'easter monday': { id: 'easter-monday', on: (y) => westernEaster(y) + 1 },
  'good friday': { id: 'good-friday', on: (y) => westernEaster(y) - 2 },
  'orthodox easter': { id: 'easter-orthodox', on: orthodoxEaster },
  "new year's day": { id: 'new-year', on: (y) => dayNumber(y, 1, 1) },
  "new year's": { id: 'new-year', on: (y) => dayNumber(y, 1, 1) },
  'new year': { id: 'new-year', on: (y) => dayNumber(y, 1, 1) },
  "new year's eve": { id: 'new-years-eve', on: (y) => dayNumber(y, 12, 31) },
  'independence day': { id: 'independence-day-us', on: (y) => dayNumber(y, 7, 4) },
  'fourth of july': { id: 'independence-day-us', on: (y) => dayNumber(y, 7, 4) },
  'july fourth': { id: 'independence-day-us', on: (y) => dayNumber(y, 7, 4) },
  'labor day': { id: 'labor-day-us', on: (y) => nthWeekday(y, 9, 1, 1) },
  'memorial day': { id: 'memorial-day-us', on: (y) => nthWeekday(y, 5, 1, -1) },
  'veterans day': { id: 'veterans-day-us', on: (y) => dayNumber(y, 11, 11) },
  'victory day': { id: 'victory-day', on: (y) => dayNumber(y, 5, 9) },
  halloween: { id: 'halloween', on: (y) => dayNumber(y, 10, 31) },
  "valentine's day": { id: 'valentines-day', on: (y) => dayNumber(y, 2, 14) },
};
export const HOLIDAY_RE =
  "(?:Orthodox Christmas|Orthodox Easter|Christmas(?: Day| Eve)?|Easter(?: Sunday| Monday)?|Good Friday|Thanksgiving(?: Day)?|New Year['’]s(?: Day| Eve)?|New Year(?! [A-Z])|Independence Day|Fourth of July|July Fourth|Labor Day|Memorial Day|Veterans Day|Victory Day|Halloween|Valentine['’]s Day)(?![A-Za-z])";
