/**
 * The label over a reader appeal ("Note from the author:", "A message from the newsroom:"): a short line
 * ending on a colon, and the line it introduces, in its block with no blank line between, was removed by
 * the line rules as a prompt (a membership or donation appeal). A label introduces what follows, so it
 * goes with it. A story's own lead-in ("The statement read:") introduces a quote or a list that stays.
 */

import { type Entry, remove } from './entry.ts';
import { wordCount } from './normalize.ts';

export function markAppealLabels(entries: Entry[]): void {
  for (let i = 0; i + 1 < entries.length; i++) {
    const e = entries[i] as Entry;
    const next = entries[i + 1] as Entry;
    if (
      e.state !== 'removed' &&
      e.text.endsWith(':') &&
      wordCount(e.text) <= 6 &&
      next.block === e.block &&
      next.index === e.index + 1 &&
      next.state === 'removed' &&
      next.reason === 'prompt'
    )
      remove(e, 'prompt');
  }
}
