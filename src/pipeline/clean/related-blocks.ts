/**
 * Related-content blocks ("Most popular", "Read more", a comments section): the heading and the list
 * under it, up to where the story's prose or its next subheading resumes. The heading phrasing itself is
 * recognised in blocks.ts; this file walks the entries to find where each block ends.
 */

import { isCommentsHeading, isInlineRelated, isRelatedHeading, resumesProse } from './blocks.ts';
import { type Entry, remove } from './entry.ts';
import { alone } from './neighbours.ts';

/** A related-content heading removes itself and everything after it until prose resumes. */
export function markRelatedBlocks(entries: Entry[]): void {
  let inBlock = false;
  let started = false;
  // In a share bar ("Share / Print / 12 comments") a comment counter is a prompt, not a section heading.
  const inShareBar = (i: number, e: Entry) =>
    [entries[i - 1], entries[i + 1]].some((n) => n?.block === e.block && n.reason === 'prompt');
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const opens =
      e.state !== 'prose' &&
      (isRelatedHeading(e.text) || (started && isCommentsHeading(e.text) && !inShareBar(i, e)));
    if (e.state === 'prose') started = true;
    if (opens) {
      inBlock = true;
      if (e.state !== 'removed' || e.reason === 'prompt') remove(e, 'related');
      continue;
    }
    if (inBlock) {
      if (resumesProse(e.text, e.md.list !== null) && e.state !== 'removed') {
        inBlock = false;
        continue;
      }
      // A short line alone in its block (blank lines around it) right above a paragraph of prose is the
      // next section's subheading: the related list ended with the block before. Left for judging.
      const next = entries[i + 1];
      if (
        e.state === 'short' &&
        alone(entries, i) &&
        next !== undefined &&
        next.state !== 'removed' &&
        resumesProse(next.text, next.md.list !== null)
      ) {
        inBlock = false;
        continue;
      }
      if (e.state !== 'removed') remove(e, 'related');
      continue;
    }
    if (e.state !== 'removed' && isInlineRelated(e.text)) remove(e, 'related');
  }
}
