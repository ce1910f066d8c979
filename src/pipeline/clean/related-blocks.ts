/**
 * Related-content blocks ("Most popular", "Read more", a comments section): the heading and the list
 * under it, up to where the story's prose or its next subheading resumes. The heading phrasing itself is
 * recognised in blocks.ts; this file walks the entries to find where each block ends.
 */

import {
  isBoxHeading,
  isCommentsHeading,
  isInlineRelated,
  isNextStoryHeading,
  isRelatedHeading,
  resumesProse,
} from './blocks.ts';
import { type Entry, remove } from './entry.ts';
import { alone, headsParagraph } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { ARTICLE_STAMP } from './promo-boxes.ts';
import { BYLINE_START } from './title.ts';

/**
 * A related heading's words as one item of a menu ("DBC Stream / Top Stories / Local"): both lines next
 * to it, in the same block with no blank line between, are menu items of three words or fewer. A real
 * heading is followed by the headlines it lists, which are longer; taking a menu item for one would
 * remove everything down to the first paragraph, headline and standfirst included.
 */
function inMenu(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const item = (n: Entry | undefined) =>
    n !== undefined &&
    n.block === e.block &&
    Math.abs(n.index - e.index) === 1 &&
    n.state !== 'prose' &&
    wordCount(n.text) <= 3;
  return item(entries[i - 1]) && item(entries[i + 1]);
}

/** A comment's own controls and counters: "Reply", "Like", "Report", "12 replies by …", "3 likes". */
const REPLY_CONTROL = /^(?:reply|like|report|flag|\d+\s+(?:replies|likes|reactions))\b/i;

/**
 * The block of a comments section whose posts carry reply controls (no blank line between posts): a
 * reader's post reads as prose, so prose does not end this block; the block's end does.
 */
function commentList(entries: readonly Entry[], i: number): number | null {
  const e = entries[i] as Entry;
  let n = 0;
  for (let k = i + 1; k < entries.length && (entries[k] as Entry).block === e.block; k++) {
    const x = entries[k] as Entry;
    if (wordCount(x.text) <= 6 && REPLY_CONTROL.test(x.text)) n++;
  }
  return n >= 2 ? e.block : null;
}

/** The byline or a publication stamp on one of the next two lines of the same block. */
function headerBelow(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  for (const n of [entries[i + 1], entries[i + 2]])
    if (
      n !== undefined &&
      n.block === e.block &&
      (BYLINE_START.test(n.text) || (n.stamp && ARTICLE_STAMP.test(n.text)))
    )
      return true;
  return false;
}

/** The first word of a publication stamp ("published", "updated"): how this site dates a story. */
function stampWord(e: Entry): string | null {
  return e.stamp && ARTICLE_STAMP.test(e.text) ? (e.text.trim().split(/\s+/)[0] ?? '').toLowerCase() : null;
}

/**
 * The header of another whole story under a "Next article" heading, once this story has run: within
 * the next six lines of the block, two or more bylines or publication stamps, one of them worded as this
 * page dates its own story ("Published Dec 15, 2025" over both). A teaser card in a list of links shows
 * a headline and maybe a date; a story loaded under this one repeats the page's own header, and its text
 * after it is not this article.
 */
function nextStoryHeader(entries: readonly Entry[], i: number, ownStamps: ReadonlySet<string>): boolean {
  const e = entries[i] as Entry;
  let header = 0;
  let same = false;
  for (let k = i + 1; k < entries.length && k <= i + 6 && (entries[k] as Entry).block === e.block; k++) {
    const n = entries[k] as Entry;
    const word = stampWord(n);
    if (word !== null || BYLINE_START.test(n.text)) header++;
    if (word !== null && ownStamps.has(word)) same = true;
  }
  return header >= 2 && same;
}

/** A related-content heading removes itself and everything after it until prose resumes. */
export function markRelatedBlocks(entries: Entry[]): void {
  let inBlock = false;
  let started = false;
  let comments: number | null = null;
  let scope: number | null = null;
  let boxBlock: number | null = null;
  // In a share bar ("Share / Print / 12 comments") a comment counter is a prompt, not a section heading.
  const inShareBar = (i: number, e: Entry) =>
    [entries[i - 1], entries[i + 1]].some((n) => n?.block === e.block && n.reason === 'prompt');
  // How the page dates its own story: the stamps above its first paragraph of prose (a label over the
  // byline, "Author of the article:", reads as prose too, but is no paragraph).
  const ownStamps = new Set<string>();
  for (const e of entries) {
    if (e.state === 'prose' && wordCount(e.text) >= 12) break;
    const word = stampWord(e);
    if (word !== null) ownStamps.add(word);
  }
  // Paragraphs of prose so far, and whether the open block came under a "Next article" heading.
  let proseSeen = 0;
  let nextStory = false;
  // The page's last line of prose: a teaser under "Next story" is the last sentence on the page.
  let lastProse = -1;
  for (let i = 0; i < entries.length; i++) if ((entries[i] as Entry).state === 'prose') lastProse = i;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    // A counter in a share bar is one or two words ("12 comments"); "Discussion about this post" is a heading.
    const comment = started && isCommentsHeading(e.text) && !(inShareBar(i, e) && wordCount(e.text) <= 2);
    // "You may also like this." ends in a stop and reads as prose; a heading that short is still one.
    const box = isBoxHeading(e.text);
    const opens =
      (e.state !== 'prose' || wordCount(e.text) <= 6) &&
      !inMenu(entries, i) &&
      (isRelatedHeading(e.text) || comment || box);
    if (e.state === 'prose') started = true;
    if (e.state === 'prose' && !inBlock) proseSeen++;
    if (opens) {
      inBlock = true;
      nextStory = isNextStoryHeading(e.text);
      // A pointer written as a sentence ("You may also like this.") announces the links right under
      // it in its own block, not a section running to the next paragraph.
      scope = e.state === 'prose' || box ? e.block : null;
      boxBlock = box ? e.block : null;
      if (comment && comments === null) comments = commentList(entries, i);
      if (e.state !== 'removed' || e.reason === 'prompt') remove(e, 'related');
      continue;
    }
    if (inBlock && scope !== null && e.block !== scope) {
      inBlock = false;
      scope = null;
    }
    if (inBlock && (e.block === comments || e.block === boxBlock)) {
      if (e.state !== 'removed') remove(e, 'related');
      continue;
    }
    if (inBlock) {
      if (resumesProse(e.text, e.md.list !== null) && e.state !== 'removed') {
        // The next story's card on an app's page ("Next story" / its headline / its first sentence /
        // "Swipe up to read"): after this story has run, one sentence under the heading and its headline,
        // with no prose after it to the end of the page, is that story's opening, not this one's ending.
        if (nextStory && proseSeen >= 3 && i === lastProse && teaserUnderHeadline(entries, i)) {
          remove(e, 'related');
          continue;
        }
        inBlock = false;
        continue;
      }
      // A line with the byline or the publication stamp right under it is the story's headline, and a
      // short line opening a block with its paragraph under it is the next subheading: the list ended
      // above either ("Up next" in a video player over the article; "Read also" before a section).
      // Under "Next article", after three paragraphs or more of this story, a header like the page's
      // own opens the next story: it and everything after it, to the end of the page, are not this one.
      if (e.state !== 'removed' && nextStory && proseSeen >= 3 && nextStoryHeader(entries, i, ownStamps)) {
        for (let k = i; k < entries.length; k++) {
          const n = entries[k] as Entry;
          if (n.state !== 'removed') remove(n, 'related');
        }
        return;
      }
      if (e.state !== 'removed' && (headerBelow(entries, i) || headsParagraph(entries, i))) {
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

/**
 * The teaser's place in a next-story card: right under the card's headline (a line already removed as
 * related, in the same block, no blank line between), and one sentence or two, not a paragraph.
 */
function teaserUnderHeadline(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const above = entries[i - 1];
  return (
    above !== undefined &&
    above.block === e.block &&
    above.index === e.index - 1 &&
    above.reason === 'related' &&
    !isNextStoryHeading(above.text) &&
    wordCount(e.text) <= 45
  );
}

/** A headline filed under its clock time on the same line ("11:32 Port reopens after storm"). */
const TIMED_ITEM = /^\d{1,2}[:.]\d\d\s+[\p{Lu}\d"“‘']\S*(?:\s+\S+){2,24}$/u;

/**
 * A "Latest" sidebar flattened into the page: two or more lines in a row, each a clock time and a
 * headline with no closing stop. A live blog's entry heading stands alone above its paragraphs; a run of
 * them with nothing between is a list of links to other stories.
 */
export function markTimedLists(entries: Entry[]): void {
  const timed = (e: Entry | undefined) =>
    e !== undefined && e.state !== 'removed' && TIMED_ITEM.test(e.text) && !/[.!?]["”’]?$/u.test(e.text);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (!timed(e)) continue;
    let j = i;
    while (timed(entries[j + 1]) && (entries[j + 1] as Entry).index === (entries[j] as Entry).index + 1) j++;
    if (j > i) for (let k = i; k <= j; k++) remove(entries[k] as Entry, 'related');
    i = j;
  }
}
