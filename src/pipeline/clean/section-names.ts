/**
 * The section names of a digest set in capitals ("KOMMERSANT" / "- The Kremlin meeting …" / "- …" /
 * "VEDOMOSTI" / "- …"): a press digest or a round-up files its items under the name of each source. A
 * lone capitalised word is a dateline or a section label to the line rules (lines.ts), and a run of
 * short lines is a menu to short-lines.ts; here the shape of the whole body decides instead.
 */

import { type Entry, isContent } from './entry.ts';
import { alone, nextKept, previousKept } from './neighbours.ts';
import { wordCount } from './normalize.ts';

/** Capitals only (names may hold digits, "&", dots or hyphens), one to four words. */
const CAPS_NAME = /^\p{Lu}[\p{Lu}\d&.'’ -]*$/u;

/**
 * A line in capitals, alone in its block, between article text above and a list the article keeps
 * below (its items). Two or more such lines on the page make them the body's section names, and they
 * are kept, even those the line rules removed as chrome. One alone is a label over a list (a dateline,
 * "HIGHLIGHTS") and is left as it was; a footer's column names head link lists nobody keeps.
 * Runs after list runs are judged (markListRuns), so "kept" is known.
 */
export function markSectionNames(entries: Entry[]): void {
  const found: Entry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state !== 'short' && !(e.state === 'removed' && e.reason === 'chrome' && !e.stamp)) continue;
    if (e.md.list !== null || wordCount(e.text) > 4 || !CAPS_NAME.test(e.text) || !/\p{Lu}{2}/u.test(e.text))
      continue;
    if (!alone(entries, i)) continue;
    const next = nextKept(entries, i);
    if (next === null || next.state !== 'keep' || next.md.list === null) continue;
    if (!isContent(previousKept(entries, i))) continue;
    found.push(e);
  }
  if (found.length < 2) return;
  for (const e of found) {
    e.state = 'keep';
    e.reason = null;
  }
}
