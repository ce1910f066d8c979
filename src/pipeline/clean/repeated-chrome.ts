/**
 * A name the page repeats around the story: the publisher's name in the masthead and again in the footer
 * ("Atlas Institute for International Affairs" above the menu and above the address). Shown twice, once
 * before the story starts and once after it ends, and not a sentence, it is the site's own chrome. Found
 * before the headline is chosen, so the masthead is not taken for the title. The name inside the
 * footer's copyright notice counts as its second copy.
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
  // The copyright notices under the story, as padded keys: the owner's name inside one ("© 2024 The
  // Daily Herald Newspapers Ltd.") is the masthead's name, even where the footer never prints it alone.
  let notices = '';
  for (let i = last + 1; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (nameShaped(e.text)) footer.set(compareKey(e.text), e);
    if (e.text.length < 200 && (e.text.includes('©') || /^copyright\b/i.test(e.text)))
      notices += ` ${compareKey(e.text)} `;
  }
  if (footer.size === 0 && notices === '') return;
  for (let i = 0; i < first; i++) {
    const e = entries[i] as Entry;
    if (e.state !== 'short' || e.md.heading === 1 || !nameShaped(e.text)) continue;
    const key = compareKey(e.text);
    const copy = footer.get(key);
    if (copy === undefined) {
      // Three words at least, so a lone section word ("World News") in a notice is not taken for a name.
      if (wordCount(e.text) >= 3 && notices.includes(` ${key} `)) remove(e, 'chrome');
      continue;
    }
    remove(e, 'chrome');
    if (copy.state !== 'removed') remove(copy, 'chrome');
  }
}

/**
 * A slot label the page prints again and again through the story ("Article content" under the headline
 * and after every advert break): a short line with no sentence punctuation whose exact text (ignoring
 * case and punctuation) comes back three times or more, with article prose between each copy and the
 * next. A subheading names one section and is printed once; a menu's items recur side by side, not
 * spread through the text. Returns the lines removed, so the line right after one is not taken for the
 * end of a tool bar (short-lines.ts). Linear: one map of the undecided lines, one running count of prose.
 */
export function markRecurringLabels(entries: Entry[]): ReadonlySet<Entry> {
  const seen = new Map<string, { copies: Entry[]; lastProse: number }>();
  let prose = 0;
  for (const e of entries) {
    if (e.state === 'prose') prose++;
    if (e.state !== 'short' || e.table || e.md.list !== null || wordCount(e.text) > 5) continue;
    const key = compareKey(e.text);
    if (key === '') continue;
    const got = seen.get(key);
    if (got === undefined) seen.set(key, { copies: [e], lastProse: prose });
    else if (prose > got.lastProse) {
      // Only copies with prose since the previous one count: spread through the story, not a menu.
      got.copies.push(e);
      got.lastProse = prose;
    }
  }
  const removed = new Set<Entry>();
  for (const { copies } of seen.values()) {
    if (copies.length < 3) continue;
    for (const e of copies) {
      remove(e, 'chrome');
      removed.add(e);
    }
  }
  return removed;
}
