/**
 * Judging short lines (no sentence punctuation, left undecided by the line rules) by their neighbours: a
 * subheading or a standfirst between article text is kept; a run of short lines, or one above or below
 * the story, is site chrome. Runs last, once every other rule has settled what the neighbours are.
 */

import { type Entry, isContent, remove } from './entry.ts';
import { isBareUrl, isPinLabel, opensWithDateline } from './lines.ts';
import { nextKept, previousKept, previousSolid } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { isStandfirst } from './title.ts';

/**
 * A short line that follows site chrome in the same block, with no blank line between ("Save / Gift this
 * article / Listen (12 min)"), is the end of that tool bar, not a subheading: a subheading opens a block
 * of its own or follows a paragraph.
 */
function afterChrome(entries: readonly Entry[], i: number, recurring: ReadonlySet<Entry>): boolean {
  const e = entries[i] as Entry;
  const prev = entries[i - 1];
  return (
    prev !== undefined &&
    // A slot label printed all through the story ("Article content") stands over a paragraph or a
    // subheading, not at the end of a tool bar.
    !recurring.has(prev) &&
    prev.block === e.block &&
    prev.index === e.index - 1 &&
    e.md.heading === 0 &&
    prev.state === 'removed' &&
    // A live blog's entry heading follows its time stamp: a stamp is not a tool bar.
    !prev.stamp &&
    // Nor is a bare address: the short link a share box left in the flow, wherever the box stood.
    !isBareUrl(prev.text) &&
    // Nor a live page's pin marker: like a stamp, it heads the pinned entry ("Pinned" / "What to know").
    !isPinLabel(prev.text) &&
    (prev.reason === 'prompt' || prev.reason === 'navigation' || prev.reason === 'chrome')
  );
}

/**
 * A numbered subheading ("4. Berlin, December") that continues the numbering of one kept earlier ("3.
 * Geneva and Moscow"): the next section of a numbered piece, even when a sign-up box ends just above it
 * with no blank line between (a page scraped as one block). A tool bar's last item is never numbered.
 * Looks back a bounded number of lines, so the pass stays linear.
 */
const NUMBERED = /^(\d{1,2})[.)]\s+\p{Lu}/u;
function continuesNumbering(entries: readonly Entry[], i: number): boolean {
  const m = NUMBERED.exec((entries[i] as Entry).raw.trim());
  const n = Number(m?.[1] ?? 0);
  if (n < 2) return false;
  for (let k = i - 1; k >= 0 && k >= i - 60; k--) {
    const p = entries[k] as Entry;
    if (p.state === 'removed') continue;
    const q = NUMBERED.exec(p.raw.trim());
    if (q && Number(q[1]) === n - 1) return true;
  }
  return false;
}

/**
 * A short line right above a date stamp in the same block, with no blank line between, is the byline
 * that the stamp dates ("Jane Doe, University of X" / "Sun 23 Nov 2025 // 16:12 GMT"; "A in Brussels and
 * B in Washington" / "21 August 2025"). A subheading is followed by its paragraph, not by a stamp; a live
 * blog's entry heading comes after its stamp, not before. Used only to veto keeping a short line, so the
 * neighbours other short lines are judged by do not change.
 */
export function aboveStamp(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  return (
    next?.stamp === true &&
    next.block === e.block &&
    next.index === e.index + 1 &&
    e.md.heading === 0 &&
    wordCount(e.text) <= 12
  );
}

/**
 * A digest item's headline: a short line right above a paragraph that opens with a wire dateline
 * ("Talks narrow gaps on river plan" / "TAMSA, Nov 24 (Wire) - …"), same block, no blank line between.
 * A menu item or a tool bar's last button is not followed by a dateline; so the item's headline is kept
 * even after the digest's separator ("---") or the page's chrome.
 */
function headsDatelineItem(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  return (
    next !== undefined &&
    next.block === e.block &&
    next.index === e.index + 1 &&
    next.state === 'prose' &&
    wordCount(e.text) >= 4 &&
    wordCount(e.text) <= 16 &&
    /^[\p{Lu}\d"“‘']/u.test(e.text) &&
    opensWithDateline(next.text)
  );
}

/**
 * A short line without sentence punctuation is article text only when it sits between article text:
 * a subheading ("Russia remains sceptical") or a question ("What changed?"). Anywhere else — in a run
 * of short lines, at the top before the story, at the bottom after it — it is site chrome.
 * Returns the lines it judged, for the second look in rejudge-subheads.ts. `recurring`: the slot labels
 * markRecurringLabels removed (repeated-chrome.ts).
 */
export function judgeShortLines(
  entries: Entry[],
  recurring: ReadonlySet<Entry> = new Set(),
): ReadonlySet<Entry> {
  const decisions: Array<[Entry, boolean]> = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e?.state !== 'short') continue;
    const prev = previousKept(entries, i);
    const next = nextKept(entries, i);
    const subhead = wordCount(e.text) <= 16 && /^[\p{Lu}\d"“‘']/u.test(e.text);
    const keep =
      // prev must be body text, not the headline: a short line right under the headline is a byline,
      // a dek-less author name or a section label, not a subheading.
      (isContent(prev) &&
        prev?.state !== 'title' &&
        isContent(next) &&
        (subhead || wordCount(e.text) >= 8)) ||
      (previousSolid(entries, i)?.state === 'title' && isStandfirst(entries, i, e)) ||
      (e.md.heading > 0 && prev !== null && isContent(next));
    const chromeNext = afterChrome(entries, i, recurring) && !continuesNumbering(entries, i);
    decisions.push([e, (keep && !aboveStamp(entries, i) && !chromeNext) || headsDatelineItem(entries, i)]);
  }
  for (const [e, keep] of decisions) {
    if (keep) e.state = 'keep';
    else {
      const run = decisions.some(([o]) => o !== e && Math.abs(o.index - e.index) <= 2 && o.block === e.block);
      remove(e, run ? 'navigation' : 'chrome');
    }
  }
  return new Set(decisions.map(([o]) => o));
}
