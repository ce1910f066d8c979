/**
 * A name the page repeats around the story: the publisher's name in the masthead and again in the footer
 * ("Atlas Institute for International Affairs" above the menu and above the address). Shown twice, once
 * before the story starts and once after it ends, and not a sentence, it is the site's own chrome. Found
 * before the headline is chosen, so the masthead is not taken for the title.
 */

import { type Entry, remove } from './entry.ts';
import { compareKey, wordCount } from './normalize.ts';

/**
 * Shaped like a name, not a headline: a few words, none of four letters or more in lower case. A
 * headline in sentence case has a lower-case word ("leave", "without"), so a story's headline repeated
 * verbatim in a "Most read" list under it is not taken.
 */
function nameShaped(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= 8 && !/(?:^|[\s(\-–—"“‘'])\p{Ll}\p{L}{3}/u.test(text);
}

/**
 * Header lines (before the first paragraph of prose) still undecided and name-shaped, whose exact text
 * (ignoring case and punctuation) comes back after the last paragraph of prose: both copies are chrome.
 * Linear: one pass to find the story's ends, one map of the footer's lines.
 */
export function markRepeatedChrome(entries: Entry[]): void {
  const first = entries.findIndex((e) => e.state === 'prose');
  if (first < 0) return;
  let last = entries.length - 1;
  while (last > first && entries[last]?.state !== 'prose') last--;
  const footer = new Map<string, Entry>();
  for (let i = last + 1; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (nameShaped(e.text)) footer.set(compareKey(e.text), e);
  }
  if (footer.size === 0) return;
  for (let i = 0; i < first; i++) {
    const e = entries[i] as Entry;
    if (e.state !== 'short' || e.md.heading === 1 || !nameShaped(e.text)) continue;
    const copy = footer.get(compareKey(e.text));
    if (copy === undefined) continue;
    remove(e, 'chrome');
    if (copy.state !== 'removed') remove(copy, 'chrome');
  }
}
