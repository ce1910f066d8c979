/**
 * A second look at lone lines after short lines are judged: a subheading whose previous neighbour was a
 * short line of a menu (a repeated masthead and menu on page 2 of a paginated story) was taken for chrome
 * with the menu; now that the menu is gone, it is judged again on the lines around it.
 */

import { type Entry, isContent } from './entry.ts';
import { alone, headsParagraph, nextKept, previousKept } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { aboveStamp } from './short-lines.ts';

/**
 * A subheading right after an advert break inside a story set with no blank lines ("… a paragraph." /
 * "ADVERTISEMENT" / "Get breaking news alerts on your phone" / "Download the app …" / "Automation" / "Wages
 * were only part of the dispute. …"): the lines above it in its block, back to the story's last
 * paragraph, are all removed and one of them is the advert marker; the line itself is a few words and
 * a paragraph follows it in the block. A tool bar under the headline has no advert marker, and its last
 * button no story's paragraph above it. A sign-up or membership button or a "Read also:" pointer between
 * paragraphs counts as the marker. Looks back eight lines at most.
 */
const SIGNUP_BREAK =
  /^(?:sign up|subscribe|register|become a (?:member|subscriber|supporter)|donate|(?:read|see) also|also read)\b/i;
function afterAdvertBreak(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  if (wordCount(e.text) > 6 || next?.block !== e.block || next.state !== 'prose' || wordCount(next.text) < 20)
    return false;
  let advert = false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const p = entries[k] as Entry;
    if (p.block !== e.block) return false;
    if (p.state === 'prose') return advert;
    if (p.state !== 'removed') return false;
    // A newsletter's sign-up button, a membership button or a "Read also:" pointer set between two
    // paragraphs is a break of the same kind; a tool bar's "Share" or "Follow" is not.
    if (p.reason === 'advertisement' || (p.reason === 'prompt' && SIGNUP_BREAK.test(p.text))) advert = true;
  }
  return false;
}

/** `judged`: the lines judgeShortLines decided; only those it removed as chrome are looked at again. */
export function rejudgeSubheads(entries: Entry[], judged: ReadonlySet<Entry>): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    // A live blog's entry heading sits right under its time stamp, in the stamp's block.
    const underStamp = entries[i - 1]?.block === e.block && entries[i - 1]?.stamp === true;
    if (
      e.reason !== 'chrome' ||
      !judged.has(e) ||
      !(alone(entries, i) || headsParagraph(entries, i) || underStamp || afterAdvertBreak(entries, i))
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
