/**
 * Whitespace normalization of raw input. Scraped pages carry NBSPs, zero-width characters, tabs and
 * Windows line ends; they never carry meaning for us, so they are folded before any rule looks at a line.
 * Curly quotes and dashes are left exactly as they are (quotes and offsets downstream rely on them).
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Split the input into lines with spaces normalized and trailing spaces removed. */
export function normalizeLines(body: string): string[] {
  return body
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(ZERO_WIDTH, '')
    .split('\n')
    .map((l) => l.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim());
}

/** Letters and digits (any script). ASCII is decided by code; the rest by one cached Unicode test. */
const ALNUM = /[\p{L}\p{N}]/u;
function isWordChar(code: number, ch: string): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ALNUM.test(ch);
}

/**
 * Comparison key for duplicate detection: case, spacing and punctuation differences are ignored.
 * A hand loop rather than a Unicode regex replace: it runs on every paragraph and this is the hot path.
 */
export function compareKey(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    if (isWordChar(lower.charCodeAt(i), ch)) {
      if (gap && out !== '') out += ' ';
      out += ch;
      gap = false;
    } else gap = true;
  }
  return out;
}

/** Number of word-like tokens (runs of letters/digits, with inner ' ’ . - kept in the word). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text[i] as string)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (code === 39 || code === 0x2019 || code === 46 || code === 45))) inWord = false;
  }
  return n;
}
