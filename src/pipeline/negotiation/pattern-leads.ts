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
    if ('?*{'.includes(src[close + 1] ?? '')) return false;
    return alternatives(src, i + 3, close, out);
  }
  let lit = LITERAL.exec(src.slice(i, to))?.[0] ?? '';
  // "caps?": the last letter is optional.
  if ('?*{'.includes(src[i + lit.length] ?? '')) lit = lit.slice(0, -1);
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
