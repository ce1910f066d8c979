import type { Segmented, Token } from '../segment/index.ts';
import { type ActorIndex, type AliasEntry, firstRun } from './compile.ts';
import { isAlnum, isUpper } from './normalize.ts';

/** An alias found in the text: tokens [first, last) and the entry it matched. */
export interface AliasHit {
  first: number;
  last: number;
  start: number;
  end: number;
  entry: AliasEntry;
}

/**
 * The longest pack alias starting at token `i`, if any. The folded text has the same offsets as
 * the original, so a prefix comparison there is exact; the original is checked for the capitals
 * the alias requires (so "who" is not WHO and "us" is not US).
 */
export function aliasAt(
  text: string,
  folded: string,
  seg: Segmented,
  i: number,
  index: ActorIndex,
): AliasHit | null {
  const tokens = seg.tokens;
  const tok = tokens[i] as Token;
  const candidates = index.byFirstWord.get(firstRun(folded.slice(tok.start, tok.end)));
  if (!candidates) return null;
  for (const c of candidates) {
    // Single-word person names are resolved with the surname logic (first names must agree).
    if (
      c.target.type === 'actor' &&
      c.words === 1 &&
      c.upper.length <= 1 &&
      index.actors.get(c.target.id)?.kind === 'person'
    )
      continue;
    if (!folded.startsWith(c.folded, tok.start)) continue;
    const end = tok.start + c.folded.length;
    if (isAlnum(text.charAt(end))) continue;
    let ok = true;
    for (const u of c.upper)
      if (!isUpper(text.charAt(tok.start + u))) {
        ok = false;
        break;
      }
    if (!ok) continue;
    // The match must end on a token boundary.
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).end < end) j++;
    const endTok = tokens[j];
    if (!endTok || endTok.end !== end) continue;
    return { first: i, last: j + 1, start: tok.start, end, entry: c };
  }
  return null;
}
