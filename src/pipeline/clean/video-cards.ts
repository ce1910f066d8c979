/**
 * A video card left in the flow: the video's headline on one line, its running time and source on the
 * next ("What the new draft keeps — and what it drops" / "02:38 - Source: X"), and often the clip's
 * description on the line after, in the same block. The running-time line is removed by the line rules;
 * the headline above it, short and between paragraphs, would otherwise pass for a subheading, and the
 * description, a full sentence, for a paragraph. A subheading is followed by its paragraph, never by a
 * clip's duration; a paragraph of the article opens its own block rather than hanging under a duration.
 */

import { type Entry, remove } from './entry.ts';
import { isRunningTime } from './lines.ts';

export function markVideoTitles(entries: Entry[]): void {
  for (let i = 0; i + 1 < entries.length; i++) {
    const e = entries[i] as Entry;
    const next = entries[i + 1] as Entry;
    if (e.state === 'short' && next.state === 'removed' && isRunningTime(next.text)) remove(e, 'related');
    if (
      e.state === 'removed' &&
      isRunningTime(e.text) &&
      next.block === e.block &&
      next.state !== 'removed'
    ) {
      // "Video | Headline" / "Duration 2:41" / description, all in one block: the description goes with the card.
      remove(next, 'related');
    }
  }
}
