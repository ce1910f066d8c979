/**
 * A box folded shut in the page, scraped as its label, its title and its toggle button ("Quick guide" /
 * "What did the deal cover?" / "Show"): the box's text is hidden behind the button, so what is left is
 * chrome. Known by its last line, the toggle on its own, closing a small block of short lines. A
 * subheading or a question heading the story's next section is followed by its paragraph, not by a
 * button that opens it.
 */

import { type Entry, remove } from './entry.ts';
import { blockOf } from './neighbours.ts';
import { wordCount } from './normalize.ts';

const TOGGLE = /^(?:show|expand|show (?:more|all|details)|click to expand|tap to expand|open)$/i;
/** The label, the title and the toggle; a longer block is not a folded box. */
const MAX_BOX_LINES = 4;

export function markCollapsedBoxes(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    // The toggle closes its block: the next line, if any, opens another one.
    if (!TOGGLE.test(e.text.trim()) || entries[i + 1]?.block === e.block) continue;
    const box = blockOf(entries, i);
    if (box.length < 2 || box.length > MAX_BOX_LINES) continue;
    // Label and title only: short lines, none a paragraph's length.
    if (!box.every((n) => wordCount(n.text) <= 12 && n.md.list === null)) continue;
    for (const n of box) if (n.state !== 'removed') remove(n, 'related');
  }
}
