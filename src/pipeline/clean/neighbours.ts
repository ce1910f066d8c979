/**
 * Where an entry stands among the others: alone in its block, prose on both sides, the nearest line still
 * in play above or below. Most block rules judge a line by its surroundings, so these are shared.
 */

import type { Entry } from './entry.ts';
import { wordCount } from './normalize.ts';

/** The only line of its block: blank lines (or the page's edges) above and below it. */
export function alone(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  return entries[i - 1]?.block !== e.block && entries[i + 1]?.block !== e.block;
}

/**
 * The entries of entry i's block (the lines between two blank lines), found by walking out from i
 * rather than filtering the whole page.
 */
export function blockOf(entries: readonly Entry[], i: number): Entry[] {
  const block = (entries[i] as Entry).block;
  let from = i;
  while (from > 0 && (entries[from - 1] as Entry).block === block) from--;
  let to = i;
  while (to + 1 < entries.length && (entries[to + 1] as Entry).block === block) to++;
  return entries.slice(from, to + 1);
}

/**
 * A short line that opens its block with its paragraph right under it, no blank line between
 * ("3. What comes next" / "The assets remain …"): laid out as a subheading, not as a list item.
 */
export function headsParagraph(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  return (
    entries[i - 1]?.block !== e.block &&
    next !== undefined &&
    next.block === e.block &&
    next.state === 'prose' &&
    // A paragraph, not a teaser's one-line summary; a heading with no closing stop, colon or dash
    // ("GENEVA (AWS) —" is a dateline cut from its paragraph).
    wordCount(next.text) >= 20 &&
    wordCount(e.text) <= 12 &&
    /^[\p{Lu}\d"“‘']/u.test(e.text) &&
    !/[.!:;,—–-]$/u.test(e.text)
  );
}

/** Prose somewhere before entry `from` and somewhere after entry `to` (exclusive). */
export function proseAround(entries: readonly Entry[], from: number, to: number): boolean {
  const prose = (e: Entry | undefined) => e !== undefined && e.state === 'prose';
  return entries.slice(0, from).some(prose) && entries.slice(to).some(prose);
}

export function previousKept(entries: readonly Entry[], i: number): Entry | null {
  for (let k = i - 1; k >= 0; k--) {
    const e = entries[k];
    if (e && e.state !== 'removed') return e;
  }
  return null;
}

/** The closest line before i that is already known to be article text or the title (short lines skipped). */
export function previousSolid(entries: readonly Entry[], i: number): Entry | null {
  for (let k = i - 1; k >= 0; k--) {
    const e = entries[k];
    if (e && e.state !== 'removed' && e.state !== 'short') return e;
  }
  return null;
}

export function nextKept(entries: readonly Entry[], i: number): Entry | null {
  for (let k = i + 1; k < entries.length; k++) {
    const e = entries[k];
    if (e && e.state !== 'removed') return e;
  }
  return null;
}
