/**
 * What follows the end mark of a release or a wire story ("* *** *", "###", "-30-"): the desk closes the
 * story with the mark and adds its small print under it ("For information media. Not an official
 * record."). A story's own section break uses the same asterisks, but a section goes on for paragraphs;
 * under the last mark of the page there is only a line or two of prose of a dozen words or fewer (and the
 * footer's menus). Linear: one walk back from the end of the page.
 */

import { type Entry, remove } from './entry.ts';
import { wordCount } from './normalize.ts';

/** Asterisks, hashes or bullets only, three or more ("* *** *", "###", "• • •"), or the wire's "-30-". */
const END_MARK = /^(?=(?:\s*[*#•·~]){3})[\s*#•·~]+$|^-\s?30\s?-$/;

/** Lines after the mark: at most this many, each at most `MAX_WORDS` words. */
const MAX_LINES = 2;
const MAX_WORDS = 12;
/** Paragraphs of prose the story must have above the mark: a release, not a page of teasers. */
const MIN_PROSE = 5;

export function markAfterEndMark(entries: Entry[]): void {
  const after: Entry[] = [];
  let mark = -1;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (END_MARK.test(e.raw.trim())) {
      mark = i;
      break;
    }
    // Short lines (the menus of the footer) are judged later by their neighbours; with no prose left
    // under them they go as chrome.
    if (e.state === 'removed' || e.state === 'short') continue;
    if (
      e.state !== 'prose' ||
      e.md.heading > 0 ||
      e.md.list !== null ||
      wordCount(e.text) > MAX_WORDS ||
      after.length === MAX_LINES
    )
      return;
    after.push(e);
  }
  if (mark < 0 || after.length === 0) return;
  let prose = 0;
  for (let i = 0; i < mark && prose < MIN_PROSE; i++) if ((entries[i] as Entry).state === 'prose') prose++;
  if (prose < MIN_PROSE) return;
  for (const e of after) remove(e, 'footer');
}
