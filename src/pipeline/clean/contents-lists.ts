/**
 * A table of contents ("In this article" / "1. What the plans say" / "2. The state of the plant" / …): a
 * block of short lines each of which comes back further down the page as a subheading of the story. It
 * is the page's navigation, not the story's text: the story says each of those lines once, where its
 * section starts. Decided by that repetition alone, so no phrasing of the box's heading is needed.
 */

import { type Entry, remove } from './entry.ts';
import { alone, headsParagraph } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { TERMINAL } from './prose.ts';

/** A line's text as a subheading would repeat it: no numbering, case or closing punctuation. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(?:\d{1,2}|[ivx]{1,4})[.)]\s+/, '')
    .replace(/[\s.?!:;]+$/, '')
    .replace(/\s+/g, ' ');
}

/**
 * Items: three or more lines of twelve words or fewer, one block, every one of them found again after
 * the block as a subheading (a line alone in its block, or heading its paragraph). The block's first
 * line may be the box's heading instead ("In this article", five words or fewer, no sentence end),
 * which is not repeated. A list of the plan's points, a timeline or a key-points box says things the
 * story does not repeat as headings, so at most some of its items come back, and it stays.
 * Linear: one pass records where each subheading-shaped line occurs last, one pass over the blocks.
 */
export function markContentsLists(entries: Entry[]): void {
  const lastAt = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state === 'removed' || wordCount(e.text) > 12) continue;
    if (alone(entries, i) || headsParagraph(entries, i) || overParagraph(entries, i))
      lastAt.set(key(e.text), i);
  }
  if (lastAt.size < 3) return;
  let i = 0;
  while (i < entries.length) {
    const block = (entries[i] as Entry).block;
    let j = i;
    while (j + 1 < entries.length && (entries[j + 1] as Entry).block === block) j++;
    if (j - i >= 2) {
      const later = (e: Entry) => e.state !== 'removed' && (lastAt.get(key(e.text)) ?? -1) > j;
      const head = entries[i] as Entry;
      const start = later(head) ? i : i + 1;
      const items = entries.slice(start, j + 1);
      const headOk =
        start === i ||
        (head.state !== 'removed' &&
          wordCount(head.text) <= 5 &&
          !TERMINAL.test(head.text.replace(/:$/, '')));
      if (headOk && items.length >= 3 && items.every((e) => wordCount(e.text) <= 12 && later(e)))
        for (let k = i; k <= j; k++) {
          const e = entries[k] as Entry;
          if (e.state !== 'removed') remove(e, 'navigation');
        }
    }
    i = j + 1;
  }
  // Then the same list on a page with no blank lines, once whole blocks are settled.
  markContentsRuns(entries, lastAt);
}

/**
 * A subheading on a page scraped with no blank lines: a short line still undecided with its paragraph
 * right under it, no blank line between (the same shape headsParagraph sees at the top of a block).
 */
function overParagraph(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  return (
    e.state === 'short' &&
    next !== undefined &&
    next.block === e.block &&
    next.index === e.index + 1 &&
    next.state === 'prose' &&
    wordCount(next.text) >= 20
  );
}

/**
 * The same table of contents on a page scraped as one block ("Contents" / "1. A promise made" / "2.
 * Deadlines missed" / … / "A promise made" / the first paragraph): a run of undecided short lines, no
 * blank line between, opened by an optional heading of five words or fewer, then three items or more
 * that each come back below the run as a subheading. The first line of the run that does not come back
 * later ends the contents: it is the first section's own subheading. Linear: each run is walked once.
 */
function markContentsRuns(entries: Entry[], lastAt: ReadonlyMap<string, number>): void {
  const short = (k: number) => {
    const n = entries[k];
    const p = entries[k - 1];
    return (
      n !== undefined &&
      n.state === 'short' &&
      wordCount(n.text) <= 12 &&
      p !== undefined &&
      p.block === n.block &&
      p.index === n.index - 1
    );
  };
  let i = 0;
  while (i < entries.length) {
    const head = entries[i] as Entry;
    if (head.state !== 'short' || wordCount(head.text) > 12) {
      i++;
      continue;
    }
    const comesBack = (k: number) => (lastAt.get(key((entries[k] as Entry).text)) ?? -1) > k;
    const start = comesBack(i) ? i : i + 1;
    let j = start;
    while (j < entries.length && (j === i || short(j)) && comesBack(j)) j++;
    // Items [start, j): each must come back below the whole run, not inside it.
    const items = j - start;
    const below = () => {
      for (let k = start; k < j; k++)
        if ((lastAt.get(key((entries[k] as Entry).text)) ?? -1) < j) return false;
      return true;
    };
    const headOk = start === i || (wordCount(head.text) <= 5 && !TERMINAL.test(head.text.replace(/:$/, '')));
    if (items >= 3 && headOk && (start === i || short(start)) && below()) {
      for (let k = i; k < j; k++) remove(entries[k] as Entry, 'navigation');
      // The line that ends the run, named by the first item, is the first section's subheading: with
      // the contents gone it would sit right under removed lines and pass for a tool bar's last button.
      const first = entries[j];
      if (
        first !== undefined &&
        overParagraph(entries, j) &&
        key(first.text) === key((entries[start] as Entry).text)
      )
        first.state = 'keep';
    }
    i = Math.max(j, i + 1);
  }
}
