import { MONTH_NAMES } from '../../core/months.ts';

/**
 * Sports results and standings set as lines of text ("Hansa Rostock 0 Hamburg 1", "Cologne 3 3 0 0
 * 7 1 9", "CLEVELAND 76 51 .598 -"). In such a line the names are the sides that played: clubs,
 * hence organizations, even when a club bears a city's name. Prose never has this shape (a name
 * followed directly by a bare score or a row of counts), so reading it costs nothing elsewhere.
 * Written by hand: no installed library reads results tables.
 */

/** One name: capitalized words, with the connectors and bracketed markers club names carry. */
const NAME = String.raw`\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|de|di|del|da|do|of|am|la|le|\( \p{Lu}{1,3} \)))*`;
/** "Home 2 Away 1", the scorers in brackets after each score or not ("Nice 1 ( Debbah 39th ) Bastia 1"). */
const SCORE_LINE = new RegExp(
  String.raw`^(${NAME}) (\d{1,3}((?: \( [^()]{1,80} \))?)) (${NAME}) (\d{1,3})(?=$| )`,
  'u',
);
/** A placing with the entrant's country and then the team ("3. Jane Doe ( Italy ) Ferrari 1:51.778"). */
const PLACING_LINE = new RegExp(
  String.raw`^\d{1,3}\. [^()]{3,60} \( \p{Lu}[\p{L} ]{1,30} \) (${NAME})(?=$| \d)`,
  'u',
);
/** "Name 3 2 0 1 9 5 6", "Name 76 51 .598 -", "Name 69 60 .535 8 1/2": a row of counts. */
const STANDINGS_LINE = new RegExp(
  String.raw`^(${NAME}) (?:(?:\d+|\.\d+|-|1/2) ){2,}(?:\d+|\.\d+|-|1/2)$`,
  'u',
);
/** Words that open a table's label rows, not a side's name. */
const LABELS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  ...MONTH_NAMES,
  'total',
  'week',
  'day',
  'round',
  'group',
  'page',
  'year',
  'quarter',
  'q1',
  'q2',
  'q3',
  'q4',
]);

export interface TableSide {
  start: number;
  end: number;
}

/** The names of the sides in every results or standings line of `text`. */
export function findTableSides(text: string): TableSide[] {
  const out: TableSide[] = [];
  let off = 0;
  for (const raw of text.split('\n')) {
    const lineStart = off;
    off += raw.length + 1;
    if (raw.length < 5 || raw.length > 160) continue;
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const score = SCORE_LINE.exec(line);
    if (score) {
      const a = score[1] as string;
      const bStart = a.length + 1 + (score[2] as string).length + 1;
      const b = score[4] as string;
      if (isSide(a) && isSide(b)) {
        out.push({ start: lineStart + lead, end: lineStart + lead + a.length });
        out.push({ start: lineStart + lead + bStart, end: lineStart + lead + bStart + b.length });
      }
      continue;
    }
    const placing = PLACING_LINE.exec(line);
    if (placing && isSide(placing[1] as string)) {
      const name = placing[1] as string;
      const at = lead + placing[0].length - name.length;
      out.push({ start: lineStart + at, end: lineStart + at + name.length });
      continue;
    }
    const row = STANDINGS_LINE.exec(line);
    if (row && isSide(row[1] as string))
      out.push({ start: lineStart + lead, end: lineStart + lead + (row[1] as string).length });
  }
  return out;
}

/** Words of the row labels of financial and statistical tables ("Net Income 821 512"). */
const ROW_WORDS = new Set([
  'income',
  'revenue',
  'revenues',
  'sales',
  'profit',
  'loss',
  'earnings',
  'net',
  'operating',
  'shares',
  'share',
  'assets',
  'dividend',
  'tax',
  'average',
  'percent',
  'pct',
]);

function isSide(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  const first = (words[0] as string).replace(/\.$/, '');
  if (LABELS.has(first) || words.some((w) => ROW_WORDS.has(w))) return false;
  return name.split(' ').length <= 5;
}

/** A scorer and the minute of the goal, in a results line's brackets: "( Debbah 39th , Wreh 42nd pen )". */
const SCORER = /(?<=[(,] )(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) \d{1,3}(?:st|nd|rd|th)\b/gu;

/** Names of goal scorers with their minute, inside brackets. */
export function findScorers(text: string): TableSide[] {
  const out: TableSide[] = [];
  if (!/\d(?:st|nd|rd|th)\b/.test(text)) return out;
  for (const m of text.matchAll(SCORER)) {
    const name = m[1] as string;
    const open = text.lastIndexOf('(', m.index);
    const close = text.lastIndexOf(')', m.index);
    if (open < 0 || close > open || m.index - open > 200) continue; // inside brackets only
    if (LABELS.has(name.toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + name.length });
  }
  return out;
}
