/**
 * Repair of scraper output: when a page's paragraphs are flattened, the newline between two paragraphs
 * is often lost and the sentences end up glued ("pledged.Despite the ..."). We put the space back when a
 * sentence end (lower-case letter, digit, closing quote or bracket, then . ? or !) is directly followed by
 * a capitalised word (optionally after an opening quote). Abbreviations ("U.S.", "p.m.", "e.g.") and
 * domain names ("www.Example.com", "Axios.com") are left alone.
 */

const GLUED = /([\p{Ll}\d%)\]"”’'])([.?!])([“"‘]?\p{Lu}[\p{Ll}’']*)/gu;

// A closing curly quote after the stop: 'reward aggression.”Bacon wrote' (straight quotes are ambiguous).
const GLUED_AFTER_QUOTE = /([\p{Ll}\d][.?!][”’])([“‘]?\p{Lu}\p{Ll})/gu;

/**
 * A footnote's marker set after the stop and glued to the next sentence ("… up the hill.¹Inside the
 * building …"): the marker stays with its sentence and a space goes after it. Superscript digits only:
 * a plain digit after a stop starts a number ("in 2025.2026 will …" is not a footnote).
 */
const GLUED_NOTE = /([.?!]["”’]?[¹²³\u2070\u2074-\u2079]+)([“"‘]?\p{Lu})/gu;

export function repairGlued(text: string): string {
  // Cheap gate: a superscript digit is rare in text, so the pattern runs only where one is.
  if (/[¹²³\u2070\u2074-\u2079]/u.test(text)) text = text.replace(GLUED_NOTE, '$1 $2');
  if (!/[.?!][”’]?[“"‘]?\p{Lu}/u.test(text)) return text;
  return text
    .replace(GLUED_AFTER_QUOTE, '$1 $2')
    .replace(GLUED, (match, before: string, stop: string, next: string, offset: number, whole: string) => {
      // The token the stop belongs to, e.g. "p.m" in "at 5 p.m.Tuesday", or "www.example" in a domain.
      const start = whole.lastIndexOf(' ', offset) + 1;
      const token = whole.slice(start, offset + 1);
      if (stop === '.') {
        if (/(^|\.)\p{L}$/u.test(token) && /\./.test(token)) return match; // a.m, p.m, e.g, i.e, U.S-like
        if (/^\p{L}$/u.test(token)) return match; // single initial: "J.Vance" is rare, "a.Who" rarer
        if (/^(www|https?:)/i.test(token) || token.includes('/') || token.includes('@')) return match;
        if (/^(com|org|net|gov|edu|io|co|uk|ru|ua)\b/i.test(next)) return match;
      }
      return `${before}${stop} ${next}`;
    });
}
