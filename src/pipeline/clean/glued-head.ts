/**
 * A headline glued after the chrome printed just above it: a scraper that drops the tags between a
 * section kicker, a reading-time label and the headline leaves "Europe5 minute readUS and Ukraine trim
 * …" or "Russia-Ukraine warStarmer tells allies …" on one line. The pieces are known by their shape:
 * the kicker repeats, word for word, a short line printed above it on the page (the section menu, or
 * the kicker shown once on its own), and the reading-time label is "N min read"; each is glued to what
 * follows with no space, and what follows opens on a capital or a digit. The pieces are cut off the
 * front of the line and the headline is kept. Only lines before the story's first paragraph are looked
 * at (the head of the page), and only against the short lines above them, so the walk stays bounded.
 */

const READING_TIME = /^\d{1,3}\s?(?:min|mins|minute|minutes)\s+read(?=[\p{Lu}\d])/u;
/** How many short lines above are compared: a menu and a kicker fit well inside this. */
const LOOK_BACK = 60;
/** A kicker or section name is a few words: longer lines above are not compared. */
const MAX_PIECE = 40;

export interface GluedHead {
  readonly text: string;
  readonly pieces: readonly string[];
}

/**
 * `above`: the texts of the lines above this one on the page, in order. Returns the headline with the
 * glued pieces cut off, or null when the line does not open with one.
 */
export function cutGluedHead(line: string, above: readonly string[]): GluedHead | null {
  // Cheap gate: a glued piece ends on a letter or digit with a capital or digit right after it, within
  // the first few dozen characters ("warStarmer", "readUS", "Europe5"); a headline seldom has one.
  if (!line.includes(' ') || !/[\p{Ll}\d]\p{Lu}|\p{L}\d/u.test(line.slice(0, MAX_PIECE + 16))) return null;
  const pieces: string[] = [];
  let rest = line;
  for (let round = 0; round < 3; round++) {
    const piece = leadingPiece(rest, above);
    if (piece === null) break;
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  // What is left must read as a headline: several words, opening on a capital or a digit.
  if (pieces.length === 0 || rest.split(' ').length < 4) return null;
  return { text: rest, pieces };
}

function leadingPiece(text: string, above: readonly string[]): string | null {
  const time = READING_TIME.exec(text);
  if (time !== null) return time[0];
  const from = Math.max(0, above.length - LOOK_BACK);
  for (let k = above.length - 1; k >= from; k--) {
    const t = above[k] as string;
    if (t.length < 2 || t.length > MAX_PIECE || !text.startsWith(t)) continue;
    const next = text[t.length] ?? '';
    // Glued: no space, and the next piece opens on a capital or a digit ("warStarmer", "Europe5").
    if (/[\p{L}\d]$/u.test(t) && /^[\p{Lu}\d]$/u.test(next)) return t;
  }
  return null;
}
