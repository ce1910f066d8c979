/**
 * Normalization that keeps offsets: every character of the input maps to exactly one character of
 * the output, so a match found in the normalized text has the same offsets in the original. Case
 * and diacritics are folded, curly apostrophes and quotes straightened, markdown emphasis marks
 * blanked (they are remnants around names: "**Trump**").
 */

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  let out: string;
  if (c === '\u2019' || c === '\u2018' || c === '\u02bc' || c === '`') out = "'";
  else if (c === '*' || c === '_') out = ' ';
  else if (c === '\u2010' || c === '\u2011' || c === '\u2013') out = '-';
  else {
    const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const lower = (base.length > 0 ? base : c).toLowerCase();
    // One character in, one out: keep the first (İ → i̇ → i), which is what matters for matching.
    out = lower.charAt(0) || c;
  }
  if (cache.size < 4096) cache.set(c, out);
  return out;
}

/** Same-length folded copy of `text`. */
export function foldText(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: plain ASCII letters/digits/space/punctuation other than * _ `.
    if (code < 128 && code !== 42 && code !== 95 && code !== 96) continue;
    out += text.slice(runStart, i).toLowerCase() + foldChar(text.charAt(i));
    runStart = i + 1;
  }
  return out + text.slice(runStart).toLowerCase();
}

/** A key for comparing names: folded, possessive dropped, dots dropped, spaces collapsed. */
export function nameKey(s: string): string {
  return foldText(s)
    .replace(/'s?$/, '')
    .replace(/\./g, '')
    .replace(/[^a-z0-9'&-]+/g, ' ')
    .trim();
}

/** 'new:' ids: lower-case ASCII words joined by hyphens. */
export function slug(s: string): string {
  return (
    nameKey(s)
      .replace(/['&]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}

export const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
export const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
