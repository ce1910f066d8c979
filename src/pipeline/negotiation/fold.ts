/**
 * Case-insensitive matching without the `i` flag. A pattern compiled with `iu` is markedly slower
 * in V8 than the same pattern without `i` (a `\b` under `iu` most of all: it is expanded to
 * lookarounds over the case-folded word characters). So the text is folded once, offsets kept, and
 * patterns that cannot tell the folded text from the original run without `i`.
 *
 * Why this is exact: under `iu` a character matches what its simple case fold matches. A pattern
 * that `foldSafe` accepts sees characters only through lower-case ASCII letters, caseless
 * punctuation, \p{L}, \p{N}, \w, \s, \d, \b, \W, \S, \D and negated classes; through these, every
 * character behaves under `iu` as its lower case does without `i`, except the long s (ſ, folds to
 * "s") and the combining iota (U+0345, folds to "ι", a letter), which `foldCase` maps to their
 * folds. The Kelvin sign already lower-cases to "k". A dev check (notes/check-fold.ts, not in the
 * repository) verified this over every code point, and that only "İ" lengthens when lower-cased.
 */

/**
 * The text lower-cased with its offsets kept. "İ" is the one character whose lower case is longer
 * ("i" + a combining dot); it is mapped to "ı" instead: under `iu` both fold to themselves, and
 * both are letters that no safe pattern names, so the two behave alike.
 */
export function foldCase(text: string): string {
  const low = (text.includes('İ') ? text.replaceAll('İ', 'ı') : text).toLowerCase();
  return ODD_FOLD_RE.test(low) ? low.replace(ODD_FOLD_G, (c) => (c === 'ſ' ? 's' : 'ι')) : low;
}
const ODD_FOLD_RE = /ſ|\u0345/u;
const ODD_FOLD_G = /ſ|\u0345/gu;

/** Non-ASCII literals a safe pattern may hold: caseless punctuation and spaces only. */
function caselessLiteral(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return !(c >= 'A' && c <= 'Z');
  const punct = (code >= 0xa0 && code <= 0xbf && code !== 0xb5) || (code >= 0x2000 && code <= 0x206f);
  return punct && c.toLowerCase() === c && c.toUpperCase() === c;
}

/** A class range whose members are all lower-case letters, or all caseless ASCII. */
function safeRange(lo: string, hi: string): boolean {
  const a = lo.charCodeAt(0);
  const b = hi.charCodeAt(0);
  if (a > b || b >= 0x80) return false;
  return (a >= 0x61 && b <= 0x7a) || b < 0x41 || (a > 0x5a && b < 0x61) || a > 0x7a;
}

const SAFE_PROPERTY = new Set(['L', 'N']);

/**
 * Whether a pattern source, compiled with `u`, matches the folded text without `i` exactly as it
 * matches the original text with `i`. Conservative: any construct not listed in the header
 * (upper-case letters, \p{Lu}, \u escapes, backreferences, modifiers, wide class ranges) says no.
 */
export function foldSafe(source: string): boolean {
  let inClass = false;
  // The last single character in a class, a range's possible low end.
  let prev: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === undefined) return false;
      i++;
      if ('sSwWdDbBnrtfv'.includes(n)) {
        prev = null;
        continue;
      }
      // Not \P{L}: under `iu` it takes in ι, whose fold it shares with the combining iota.
      if (n === 'p') {
        const close = source.indexOf('}', i);
        if (source[i + 1] !== '{' || close < 0 || !SAFE_PROPERTY.has(source.slice(i + 2, close)))
          return false;
        i = close;
        prev = null;
        continue;
      }
      if (/[A-Za-z0-9]/.test(n) || !caselessLiteral(n)) return false;
      prev = n;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        prev = null;
        continue;
      }
      if (c === '-' && prev !== null && source[i + 1] !== ']') {
        const hi = source[i + 1] as string;
        if (hi === '\\' || !safeRange(prev, hi)) return false;
        i++;
        prev = null;
        continue;
      }
    } else if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      prev = null;
      continue;
    } else if (c === '(' && source[i + 1] === '?') {
      const k = source[i + 2];
      const k2 = source[i + 3];
      if (k === ':' || k === '=' || k === '!') i += 2;
      else if (k === '<' && (k2 === '=' || k2 === '!')) i += 3;
      else if (k === '<') {
        // A group name does not take part in matching.
        const close = source.indexOf('>', i);
        if (close < 0) return false;
        i = close;
      } else return false;
      continue;
    }
    if (!caselessLiteral(c)) return false;
    prev = c;
  }
  return !inClass;
}

/** The pattern without `i`, for the folded text, or null when it must run on the original text. */
export function foldedRegExp(re: RegExp): RegExp | null {
  if (!re.flags.includes('i') || !re.flags.includes('u') || !foldSafe(re.source)) return null;
  return new RegExp(re.source, re.flags.replace('i', ''));
}
