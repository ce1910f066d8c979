/**
 * The legal small print around the copyright notice at the foot of a page. Each line of it can read as a
 * sentence ("Registered as a mass medium under licence no. …", "This text may not be in its final form"),
 * so the line rules keep it; its place gives it away. Two shapes:
 *   - one to four lines wedged in one block between footer links and the © line ("Terms of use" /
 *     "Privacy policy" / <small print> / "© 2025 X");
 *   - a paragraph or three after a copyright notice, when nothing else below it is kept and most of
 *     the lines below it are chrome;
 *   - a few sentences in the notice's own block when that block is a footer of links.
 * The article does not go on after its site's copyright notice.
 */

import { type Entry, remove } from './entry.ts';
import { isGluedStory } from './flattened.ts';
import { blockOf } from './neighbours.ts';
import { wordCount } from './normalize.ts';

const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b/i;
const MAX_SMALL_PRINT = 4;
const storyLine = (e: Entry): boolean => isGluedStory(e.text);

/** A copyright notice the line rules removed (a photo's © credit is a caption, not the site's notice). */
function isNotice(e: Entry): boolean {
  return e.state === 'removed' && e.reason !== 'caption' && COPYRIGHT.test(e.text);
}

export function markLegalTail(entries: Entry[]): void {
  // From the foot of the page up: the lines still kept below each notice, and how many lines there are.
  let kept: Entry[] = [];
  for (let c = entries.length - 1; c >= 0; c--) {
    const notice = entries[c] as Entry;
    if (!isNotice(notice)) {
      // Short lines are judged later by their neighbours; what counts here is text read as prose.
      if (notice.state === 'prose' || notice.state === 'keep') kept.push(notice);
      continue;
    }
    const below = entries.length - 1 - c;
    // A line of hundreds of words glued from several paragraphs is a story, not small print (flattened.ts).
    if (kept.length > 0 && kept.length <= 3 && below >= 2 * kept.length && !kept.some(storyLine)) {
      for (const e of kept) remove(e, 'footer');
      kept = [];
    }
    markWedged(entries, c);
    markFooterBlock(entries, c);
  }
}

/** Footer links in the notice's block ("Contact", "Privacy notice", "Imprint"), removed or not yet judged. */
const isRemovedLink = (e: Entry): boolean =>
  e.state === 'removed' && (e.reason === 'navigation' || e.reason === 'footer' || e.reason === 'prompt');
const isLink = (e: Entry): boolean => isRemovedLink(e) || (e.state === 'short' && wordCount(e.text) <= 4);

/**
 * The notice's block is the site's footer when it holds three links or more: the few sentences still
 * kept in it ("The Centre is an independent research institute. …") are the footer's own.
 */
function markFooterBlock(entries: Entry[], c: number): void {
  const block = blockOf(entries, c);
  const kept = block.filter((e) => e.state === 'prose' || e.state === 'keep');
  if (kept.length === 0 || kept.length > MAX_SMALL_PRINT || block.filter(isLink).length < 3) return;
  // The whole page in one block (a flattened scrape): its long glued lines are the story, not the footer's.
  if (kept.some(storyLine)) return;
  for (const e of kept) remove(e, 'footer');
}

function markWedged(entries: Entry[], c: number): void {
  const notice = entries[c] as Entry;
  const wedged: Entry[] = [];
  let k = c - 1;
  for (; k >= 0 && wedged.length <= MAX_SMALL_PRINT; k--) {
    const e = entries[k] as Entry;
    if (e.block !== notice.block || e.state === 'removed') break;
    wedged.push(e);
  }
  const link = entries[k];
  if (
    wedged.length > 0 &&
    wedged.length <= MAX_SMALL_PRINT &&
    link !== undefined &&
    link.block === notice.block &&
    !wedged.some(storyLine) &&
    isRemovedLink(link)
  ) {
    for (const e of wedged) remove(e, 'footer');
  }
}
