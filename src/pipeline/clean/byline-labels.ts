/**
 * A label over the byline: "Author of the article:" / "Jane Roe" / "Published Dec 15, 2025". The label
 * ends in a colon, so the line rules read it as prose; its place gives it away: a few words, then a name
 * alone on its line, then a date stamp, all in one block with no blank line between. A sentence that
 * introduces a quote or a list ("He listed three demands:") is followed by what it introduces, not by a
 * name over a stamp.
 */

import { type Entry, remove } from './entry.ts';
import { wordCount } from './normalize.ts';
import { aboveStamp } from './short-lines.ts';

/** One to four words, each capitalised: a person's name (or two joined by "and"). */
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$/u;

export function markBylineLabels(entries: Entry[]): void {
  for (let i = 0; i + 2 < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state !== 'prose' || !/:$/.test(e.text) || wordCount(e.text) > 5 || /\d/.test(e.text)) continue;
    const name = entries[i + 1] as Entry;
    if (name.block !== e.block || name.index !== e.index + 1 || !NAME.test(name.text)) continue;
    if (name.state !== 'short' && name.reason !== 'chrome') continue;
    if (aboveStamp(entries, i + 1)) remove(e, 'chrome');
  }
}
