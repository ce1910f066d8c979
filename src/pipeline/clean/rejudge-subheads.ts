/**
 * A second look at lone lines after short lines are judged: a subheading whose previous neighbour was a
 * short line of a menu (a repeated masthead and menu on page 2 of a paginated story) was taken for chrome
 * with the menu; now that the menu is gone, it is judged again on the lines around it.
 */

import { type Entry, isContent } from './entry.ts';
import { alone, headsParagraph, nextKept, previousKept } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { aboveStamp } from './short-lines.ts';

/** `judged`: the lines judgeShortLines decided; only those it removed as chrome are looked at again. */
export function rejudgeSubheads(entries: Entry[], judged: ReadonlySet<Entry>): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    // A live blog's entry heading sits right under its time stamp, in the stamp's block.
    const underStamp = entries[i - 1]?.block === e.block && entries[i - 1]?.stamp === true;
    if (
      e.reason !== 'chrome' ||
      !judged.has(e) ||
      !(alone(entries, i) || headsParagraph(entries, i) || underStamp)
    )
      continue;
    const prev = previousKept(entries, i);
    if (wordCount(e.text) > 16 || !/^[\p{Lu}\d"“‘']/u.test(e.text) || prev?.state === 'title') continue;
    if (underStamp && isContent(nextKept(entries, i)) && nextKept(entries, i)?.state === 'prose') {
      e.state = 'keep';
      e.reason = null;
      continue;
    }
    if (isContent(prev) && isContent(nextKept(entries, i)) && !aboveStamp(entries, i)) {
      e.state = 'keep';
      e.reason = null;
    }
  }
}
