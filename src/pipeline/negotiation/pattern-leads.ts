/**
 * The literal strings a pattern's matches can open with: `(?:cap|caps|limit)\w*\s+on` opens with
 * "cap" or "limit" wherever it matches. With these, the issue patterns are tried only where one of
 * their openings stands in the text (issues.ts), instead of each pattern walking the whole text.
 * Read from the pattern source by hand because no installed library parses a regex; the reading is
 * deliberately narrow: anything it does not know (a class, an escape, a capture group, an optional
 * group or letter at the start) means "no openings", and the pattern is scanned the plain way.
 */

/** The index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Openings of the alternatives of src[from, to), split at top-level `|`; false if any has none. */
function alternatives(src: string, from: number, to: number, out: Set<string>): boolean {
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      if (!sequence(src, start, i, out)) return false;
      start = i + 1;
    }
  }
  return sequence(src, start, to, out);
}

const LITERAL = /^[a-z0-9]+/;

/** Whether the quantifier after an atom lets it be skipped (or, for `{`, may). */
const optional = (c: string | undefined): boolean => c === '?' || c === '*' || c === '{';

/** Openings of one alternative: past zero-width assertions, a non-capturing group or a run of letters. */
function sequence(src: string, from: number, to: number, out: Set<string>): boolean {
  let i = from;
  for (;;) {
    if (src.startsWith('\\b', i)) i += 2;
    else if (/^\(\?(?:=|!|<=|<!)/.test(src.slice(i, i + 4))) {
      // A lookaround only narrows where the pattern matches.
      const close = groupEnd(src, i);
      if (close < 0 || close >= to) return false;
      i = close + 1;
    } else break;
  }
  if (i >= to) return false;
  if (src.startsWith('(?:', i)) {
    const close = groupEnd(src, i);
    if (close < 0 || close >= to) return false;
    // A group that may be skipped opens nothing for sure.
    if (optional(src[close + 1])) return false;
    return alternatives(src, i + 3, close, out);
  }
  let lit = LITERAL.exec(src.slice(i, to))?.[0] ?? '';
  // "caps?": the last letter is optional.
  if (optional(src[i + lit.length])) lit = lit.slice(0, -1);
  if (lit.length < 2) return false;
  out.add(lit);
  return true;
}

/**
 * Lower-case ASCII strings of two or more characters such that every match of the pattern (run
 * without `i` on case-folded text) starts with one of them; null when the source is not read.
 */
export function leadLiterals(source: string): string[] | null {
  const out = new Set<string>();
  return alternatives(source, 0, source.length, out) ? [...out] : null;
}

/** A pattern's opening, and which pattern (its index in the list the table was built from). */
export interface Lead {
  readonly lead: string;
  readonly k: number;
}

/** The openings that start with one pair: two-letter ones, and longer ones by their third letter. */
interface LeadBucket {
  readonly short: Lead[];
  readonly byThird: (Lead[] | null)[];
}

/**
 * Every pattern's openings indexed by their first two characters (ASCII), and for longer ones by
 * the third: one look-up per position of the text tells which patterns can start there.
 */
export interface LeadTable {
  /** Pair of ASCII char codes (a * 128 + b) → 1 + its index in `buckets`, or 0: no opening starts so. */
  readonly pairs: Uint16Array;
  readonly buckets: readonly LeadBucket[];
}

/** The table of the given openings (per pattern; null: that pattern is not indexed). */
export function leadTable(leads: readonly (readonly string[] | null)[]): LeadTable {
  const pairs = new Uint16Array(128 * 128);
  const buckets: LeadBucket[] = [];
  leads.forEach((ls, k) => {
    for (const lead of ls ?? []) {
      const pair = lead.charCodeAt(0) * 128 + lead.charCodeAt(1);
      if (pairs[pair] === 0) pairs[pair] = buckets.push({ short: [], byThird: new Array(128).fill(null) });
      const bucket = buckets[(pairs[pair] as number) - 1] as LeadBucket;
      if (lead.length === 2) bucket.short.push({ lead, k });
      else {
        const c = lead.charCodeAt(2);
        bucket.byThird[c] ??= [];
        bucket.byThird[c]?.push({ lead, k });
      }
    }
  });
  return { pairs, buckets };
}

/** Calls `visit(k)` for each pattern with an opening at `i` of the folded text (a pattern may come twice). */
export function leadsAt(folded: string, i: number, table: LeadTable, visit: (k: number) => void): void {
  const a = folded.charCodeAt(i);
  const b = folded.charCodeAt(i + 1);
  // Not ASCII, or past the end (NaN).
  if (!(a < 128 && b < 128)) return;
  const at = table.pairs[a * 128 + b] as number;
  if (at === 0) return;
  const bucket = table.buckets[at - 1] as LeadBucket;
  for (const l of bucket.short) visit(l.k);
  const c = folded.charCodeAt(i + 2);
  const third = c < 128 ? bucket.byThird[c] : null;
  if (third) for (const l of third) if (folded.startsWith(l.lead, i)) visit(l.k);
}
