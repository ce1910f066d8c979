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

/**
 * The release's end mark spelled out in capitals on a line of its own ("ENDS", "- END -", "END OF
 * DIGEST"): words no story sets alone in capitals. Case-sensitive, so a subheading "Where it ends" is not one.
 */
const END_WORD =
  /^[\s\-–—*#]*END(?:S| OF (?:DIGEST|STORY|RELEASE|BULLETIN|TRANSMISSION|MESSAGE|REPORT|BRIEFING))?[\s\-–—*#]*$/;

/** Lines after the mark: at most this many, each at most `MAX_WORDS` words. */
const MAX_LINES = 2;
const MAX_WORDS = 12;
/**
 * Under a spelled-out mark, the notes to editors run longer ("The joint statement is available on the
 * ministry's website.", "Photographs are available on request …"): more lines, each a sentence or two.
 */
const MAX_LINES_WORD = 4;
const MAX_WORDS_WORD = 40;
/** Paragraphs of prose the story must have above the mark: a release, not a page of teasers. */
const MIN_PROSE = 5;

export function markAfterEndMark(entries: Entry[]): void {
  const after: Entry[] = [];
  let mark = -1;
  // Walked with the longer limits of a spelled-out mark; once the mark is found, a mark of asterisks
  // is held to its own shorter ones.
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (END_MARK.test(e.raw.trim()) || END_WORD.test(e.text)) {
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
      wordCount(e.text) > MAX_WORDS_WORD ||
      after.length === MAX_LINES_WORD
    )
      return;
    after.push(e);
  }
  if (mark < 0 || after.length === 0) return;
  const word = END_WORD.test((entries[mark] as Entry).text);
  if (!word && (after.length > MAX_LINES || after.some((e) => wordCount(e.text) > MAX_WORDS))) return;
  let prose = 0;
  for (let i = 0; i < mark && prose < MIN_PROSE; i++) if ((entries[i] as Entry).state === 'prose') prose++;
  if (prose < MIN_PROSE) return;
  for (const e of after) remove(e, 'footer');
  // The spelled-out mark is not one of the story's lines either; the asterisks were never kept.
  if (word) remove(entries[mark] as Entry, 'footer');
}
