/**
 * A social-media post embedded in the story and scraped as text: the author's name with the account
 * handle on a line of its own ("Jane Roe @JaneRoe_News"), the post's words under it, then the post's
 * time stamp ("7:12 AM · Nov 19, 2025") and its counters and button ("412 Reposts", "View on X"). The
 * stamp and the buttons fall to the line rules; the handle line would pass for a subheading and the
 * post's words for a paragraph. The handle line is the card's own shape (a story names an account inside
 * a sentence, never as a line of its own after a name), and the words between it and the stamp in the
 * same block, with no blank line between, are the post's: a paragraph of the story opens a block of its
 * own and is not dated to the minute.
 */

import { type Entry, remove } from './entry.ts';

/** One to four capitalised words, then the handle (bracketed or not) and nothing else. */
const HANDLE_LINE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\(?@[\p{L}\d_]{2,30}\)?$/u;
/** A post is a few lines; a page scraped as one long block is not taken for one. */
const MAX_POST_LINES = 4;

export function markSocialEmbeds(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state === 'removed' || !HANDLE_LINE.test(e.text)) continue;
    remove(e, 'related');
    // The post's words: the lines of the block under the handle, up to the stamp that closes the card.
    let stampAt = -1;
    for (let k = i + 1; k < entries.length && k <= i + MAX_POST_LINES + 1; k++) {
      const n = entries[k] as Entry;
      if (n.block !== e.block || n.index !== (entries[k - 1] as Entry).index + 1) break;
      if (n.stamp) {
        stampAt = k;
        break;
      }
    }
    for (let k = i + 1; k < stampAt; k++) {
      const n = entries[k] as Entry;
      if (n.state !== 'removed') remove(n, 'related');
    }
  }
}
