/**
 * Structured content inside the article, kept when the story's prose surrounds it: bulleted list runs
 * (the points of a plan), markdown tables of figures, and fact boxes without bullets (timelines, "By the
 * numbers"). The same shapes before or after the story are widgets and menus, and go.
 */

import { type Entry, remove } from './entry.ts';
import { alone, previousKept, proseAround } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { LOWER_WORD, TERMINAL } from './prose.ts';

/**
 * The same list with its bullets lost in scraping: a block of two or more lines right under
 * a line of the story that ends in a colon ("Among them:"), each a phrase of five words or more in
 * sentence case, with the story going on after it. A menu is not introduced by a sentence.
 */
export function markIntroducedRuns(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state !== 'short' || entries[i - 1]?.block === e.block) continue;
    const intro = previousKept(entries, i);
    if (intro === null || intro.state !== 'prose' || !/:["”’]?$/.test(intro.text)) continue;
    let j = i;
    while (entries[j + 1]?.block === e.block) j++;
    const run = entries.slice(i, j + 1);
    // Items the line rules already read as prose (one with a quote in it) stay as they are.
    const item = (r: Entry) =>
      (r.state === 'short' || r.state === 'prose') &&
      wordCount(r.text) >= 5 &&
      wordCount(r.text) <= 40 &&
      LOWER_WORD.test(r.text);
    if (run.length < 2 || !run.every(item)) continue;
    if (!proseAround(entries, i, j + 1)) continue;
    for (const r of run) if (r.state === 'short') r.state = 'keep';
    i = j;
  }
}

/**
 * The summary points under a headline, their bullets lost ("US envoys hold talks at the Kremlin on the
 * revised plan" / "Ukraine says it will not give up land it holds" / …): a block of two to six lines,
 * each a phrase of seven words or more in sentence case without a closing stop, right under the
 * headline (past its stamp and byline), with the story after it. A list of other stories' headlines
 * sits before the headline or after the story. The block may be the headline's own (headline /
 * standfirst / point / point, no blank line between), the points right under it.
 */
export function markSummaryPoints(entries: Entry[]): void {
  // Where the story's last paragraph of prose stands, found once so each box's test stays constant-time.
  let lastProse = -1;
  for (let k = 0; k < entries.length; k++) if ((entries[k] as Entry).state === 'prose') lastProse = k;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    // The points may also be set in the headline's own block, no blank line between (headline /
    // standfirst / point / point): the lines after the headline are the run, the headline is right above.
    const inTitleBlock =
      e.state === 'title' && entries[i + 1]?.block === e.block && entries[i + 1]?.state === 'short';
    const labelInBlock = !inTitleBlock && labelMidBlock(entries, i);
    if (!inTitleBlock && !labelInBlock && (e.state !== 'short' || entries[i - 1]?.block === e.block))
      continue;
    let j = i;
    if (labelInBlock) while (j < i + 7 && entries[j + 1]?.state === 'short') j++;
    else while (entries[j + 1]?.block === e.block) j++;
    // On a page with no blank lines the points end where the story's prose starts, in the same block.
    if (labelInBlock && (entries[j + 1]?.state !== 'prose' || entries[j + 1]?.block !== e.block)) continue;
    const block = entries.slice(inTitleBlock ? i + 1 : i, j + 1);
    // The points may sit under a label of their own ("Summary", "Key points"): a line of one to three
    // words, capitalised, without punctuation. It goes with the points it labels.
    const label = !inTitleBlock && block.length >= 3 && isPointsLabel(e.text) ? 1 : 0;
    const run = block.slice(label);
    if (label === 1 && sentencePoints(entries, run, i, j < lastProse)) {
      e.state = 'keep';
      i = j;
      continue;
    }
    if (
      run.length < 2 ||
      run.length > 6 ||
      !run.every(
        (r) =>
          r.state === 'short' && wordCount(r.text) >= 7 && LOWER_WORD.test(r.text) && !/[.:]$/.test(r.text),
      )
    ) {
      i = j;
      continue;
    }
    // Back to the headline over its stamp and byline (removed lines, or short ones of ten words or fewer),
    // and over the standfirst right under the headline: a longer short line whose line above is the
    // headline ("… no fossil fuel roadmap" / "After running past their deadline, …" / byline / stamp /
    // reading time / share bar / "Key points"). A longer line anywhere else is the story or a list.
    let k = inTitleBlock ? i : i - 1;
    for (let steps = 0; k >= 0 && steps < 6 && !inTitleBlock; k--, steps++) {
      const p = entries[k] as Entry;
      if (p.state === 'short' && wordCount(p.text) > 10 && entries[k - 1]?.state === 'title') {
        k--;
        break;
      }
      if (p.state !== 'removed' && !(p.state === 'short' && wordCount(p.text) <= 10)) break;
    }
    if (entries[k]?.state === 'title' && j < lastProse) for (const r of block) r.state = 'keep';
    i = j;
  }
}

/**
 * The same box with its points set as sentences ("Key Takeaways" / "Both sides say a first deal is
 * close." / "Farm goods remain the hardest issue."): the line rules already keep the points as prose, and
 * only the label is left, which would go as a short line above the story. It is kept when its block is
 * two to six one-sentence lines of forty words or fewer, under the headline (past its standfirst, byline
 * and stamps: removed or undecided lines, eight at most, and a standfirst set as a sentence), with more of the story after the block. A
 * section name over the story's opening paragraphs heads the story itself: nothing of it comes after.
 */
function sentencePoints(
  entries: readonly Entry[],
  run: readonly Entry[],
  i: number,
  storyAfter: boolean,
): boolean {
  if (
    run.length < 2 ||
    run.length > 6 ||
    !run.every(
      (r) =>
        r.state === 'prose' &&
        r.md.list === null &&
        wordCount(r.text) <= 40 &&
        TERMINAL.test(r.text) &&
        !/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(r.text),
    )
  )
    return false;
  let k = i - 1;
  for (let steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const p = entries[k] as Entry;
    if (p.state !== 'removed' && p.state !== 'short') break;
  }
  // The standfirst set as a sentence lies right under the headline.
  const at = entries[k];
  const underTitle =
    at?.state === 'title' ||
    (at?.state === 'prose' && entries[k - 1]?.state === 'title' && wordCount(at.text) <= 50);
  return underTitle && storyAfter;
}

/** A label over a block of points: one to three capitalised words, no digits or punctuation. */
/**
 * The points' label on a page printed without blank lines (headline / byline / stamp / caption /
 * "Summary" / point / point / story, all one block): it sits right under a removed line (the stamp or
 * the picture's caption), not at the start of a block, and the points under it run to the story's first
 * paragraph. The walk back to the headline in markSummaryPoints still decides.
 */
function labelMidBlock(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const prev = entries[i - 1];
  return (
    e.state === 'short' &&
    prev?.block === e.block &&
    prev.state === 'removed' &&
    isPointsLabel(e.text) &&
    entries[i + 1]?.block === e.block &&
    entries[i + 1]?.state === 'short'
  );
}

function isPointsLabel(text: string): boolean {
  return wordCount(text) <= 3 && /^\p{Lu}[\p{L} ]*$/u.test(text);
}

/**
 * A run of list items inside the article (the points of a plan, say) is content when it is introduced
 * by a line ending in ":" or when its items read as sentences; menus and headline lists are neither.
 */
export function markListRuns(entries: Entry[]): void {
  let i = 0;
  while (i < entries.length) {
    const e = entries[i];
    if (!e || e.md.list === null || e.state === 'removed') {
      i++;
      continue;
    }
    let j = i;
    const run: Entry[] = [];
    while (j < entries.length) {
      const r = entries[j];
      if (!r || r.md.list === null || r.state === 'removed') break;
      run.push(r);
      j++;
    }
    const before = previousKept(entries, i);
    const introduced = before !== null && /:["”’]?$/.test(before.text);
    const sentences = run.filter((r) => /[.;,!?]["”’)]?$/.test(r.text) && wordCount(r.text) >= 4).length;
    // Items that read as phrases (five words or more, in sentence case), with the article's prose on
    // both sides: the points of a plan under a subheading. A menu's items are a word or two, and a list
    // of headlines at the foot of the page has no article after it.
    const phrases = run.filter((r) => wordCount(r.text) >= 5 && LOWER_WORD.test(r.text)).length;
    const inside = proseAround(entries, i, j);
    if (introduced || sentences * 2 > run.length || (inside && phrases * 2 > run.length))
      for (const r of run) r.state = 'keep';
    i = j;
  }
}

/**
 * A markdown table is the article's (a table of figures under a subheading) when the article's prose is on
 * both sides of it; before or after the story it is a widget (market data, a schedule) and goes.
 */
export function markTables(entries: Entry[]): void {
  let i = 0;
  while (i < entries.length) {
    if (!(entries[i] as Entry).table) {
      i++;
      continue;
    }
    let j = i;
    while (j < entries.length && (entries[j] as Entry).table) j++;
    const inside = proseAround(entries, i, j);
    for (let k = i; k < j; k++) {
      const r = entries[k] as Entry;
      if (r.state === 'removed') continue;
      if (inside) r.state = 'keep';
      else remove(r, 'navigation');
    }
    i = j;
  }
}

/**
 * A fact box inside the article: a timeline ("Oct 6 — Talks open in Sharm el-Sheikh"), a "By the numbers"
 * box ("2,000 prisoners to be released"), a list of key points without bullets. One block of short lines
 * (no blank line between, no sentence ends), with the article's prose before and after it, whose lines
 * after the first read as phrases: five words or more in sentence case. The first line is the box's
 * heading. A menu's items are a word or two; a list of headlines at the foot of the page has no article
 * after it. A heading right above a kept list ("Key points" over its bullets) is kept with it.
 */
export function markFactBoxes(entries: Entry[]): void {
  let firstProse = -1;
  let lastProse = -1;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i] as Entry).state !== 'prose') continue;
    if (firstProse < 0) firstProse = i;
    lastProse = i;
  }
  let i = 0;
  while (i < entries.length) {
    const e = entries[i] as Entry;
    if (e.state !== 'short' || e.md.list !== null) {
      const prev = entries[i - 1];
      // The heading of a list the article keeps.
      if (
        e.state === 'keep' &&
        e.md.list !== null &&
        prev?.state === 'short' &&
        prev.block === e.block &&
        prev.index === e.index - 1 &&
        prev.md.list === null &&
        wordCount(prev.text) <= 8 &&
        /^[\p{Lu}\d]/u.test(prev.text)
      )
        prev.state = 'keep';
      i++;
      continue;
    }
    let j = i + 1;
    while (j < entries.length) {
      const n = entries[j] as Entry;
      if (
        n.state !== 'short' ||
        n.md.list !== null ||
        n.block !== e.block ||
        n.index !== (entries[j - 1] as Entry).index + 1
      )
        break;
      j++;
    }
    const items = entries.slice(i + 1, j);
    const phrases = items.filter((n) => wordCount(n.text) >= 5 && LOWER_WORD.test(n.text)).length;
    if (
      items.length >= 2 &&
      phrases * 3 >= items.length * 2 &&
      i > firstProse &&
      j <= lastProse &&
      firstProse >= 0
    )
      for (let k = i; k < j; k++) (entries[k] as Entry).state = 'keep';
    i = j;
  }
}

/**
 * A figure led by its number, perhaps after a word or two of hedging ("6 reactors, each of about 950
 * megawatts", "Around 20% of the country's power", "10+ losses of off-site power"). A ranking's "1. " is
 * a list marker, not a figure.
 */
const NUMBER_LED = /^(?:\p{L}+\s+){0,2}[$€£]?\d/u;
const RANK = /^\d{1,2}[.)]\s/;

/**
 * A box of figures right under the story's last paragraph, or between two ("Key numbers" / "6 reactors
 * …" / "0 reactors currently generating power"): a short heading alone in its block (five words or
 * fewer, no sentence end) directly after a paragraph, then one block of three or more lines that each
 * open on a number and read as phrases (three to twenty words, sentence case). markFactBoxes needs the
 * story on both sides; a box of figures often closes the story, and it is the story's. A widget after
 * the story (a forecast, a list of headlines) comes after other chrome, not right after the last
 * paragraph, and its items are not all figures in words.
 */
export function markNumberBoxes(entries: Entry[]): void {
  for (let i = 1; i + 3 < entries.length; i++) {
    const h = entries[i] as Entry;
    if (h.state !== 'short' || h.md.list !== null || (entries[i - 1] as Entry).state !== 'prose') continue;
    if (!alone(entries, i) || wordCount(h.text) > 5 || !/^\p{Lu}/u.test(h.text) || TERMINAL.test(h.text))
      continue;
    // The box's lines: the next block, line after line.
    let j = i + 2;
    const first = entries[i + 1] as Entry;
    while (
      j < entries.length &&
      (entries[j] as Entry).block === first.block &&
      (entries[j] as Entry).index === (entries[j - 1] as Entry).index + 1
    )
      j++;
    const items = entries.slice(i + 1, j);
    const figure = (n: Entry) =>
      (n.state === 'short' || n.state === 'prose') &&
      n.md.list === null &&
      wordCount(n.text) >= 3 &&
      wordCount(n.text) <= 20 &&
      NUMBER_LED.test(n.text) &&
      !RANK.test(n.text) &&
      LOWER_WORD.test(n.text);
    if (items.length < 3 || !items.every(figure)) continue;
    h.state = 'keep';
    for (const n of items) n.state = 'keep';
    i = j - 1;
  }
}
