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
import { blockOf } from './neighbours.ts';

/** The card names itself: "Video", "VIDEO:", "Watch", "Duration 2:41", "Play video". */
const MEDIA_LABEL = /^[^\p{L}\d]*(?:video|watch|play|audio|clip)\b|\b(?:duration|running time)\b/iu;

/** A card is a handful of lines; a page scraped with no blank lines at all is one long block. */
const MAX_CARD_LINES = 6;

export function markVideoTitles(entries: Entry[]): void {
  for (let i = 0; i + 1 < entries.length; i++) {
    const e = entries[i] as Entry;
    const next = entries[i + 1] as Entry;
    if (e.state === 'short' && next.state === 'removed' && isRunningTime(next.text)) remove(e, 'related');
    if (e.state !== 'removed' || !isRunningTime(e.text)) continue;
    // "Video" / "Headline" / "01:12" / description, all in one short block with no blank line between:
    // the whole block is the card, its label, headline and description included.
    // A bare "14:52" may be a live blog's clock, its entry below it: the block must say it holds a clip.
    const card = blockOf(entries, i);
    if (card.length > MAX_CARD_LINES || !card.some((n) => MEDIA_LABEL.test(n.text))) continue;
    for (const n of card) if (n.state !== 'removed') remove(n, 'related');
  }
}
