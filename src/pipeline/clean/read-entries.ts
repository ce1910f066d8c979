/**
 * From the raw body to entries: normalise, join hard-wrapped paragraphs, parse markdown remnants and
 * table rows, cut captions and adverts out of flattened lines, and give each line its first verdict from
 * the line rules (lines.ts). Everything after this works on the entries alone, never on the raw text.
 */

import { BRACKET_CREDIT, isBareAgency, isCaption, NAME_FOR_OUTLET } from './captions.ts';
import { type Entry, remove } from './entry.ts';
import { stripInline } from './flattened.ts';
import { cutGluedHead } from './glued-head.ts';
import { classifyLine } from './lines.ts';
import { parseMdLine, tableLines, tableRowText } from './markdown.ts';
import { normalizeLines, wordCount } from './normalize.ts';
import { isWrappedBlock } from './paragraphs.ts';
import { LOWER_WORD, TERMINAL } from './prose.ts';
import type { Removed } from './types.ts';

export function readEntries(body: string): Entry[] {
  const entries: Entry[] = [];
  let block = 0;
  let blank = true;
  const lines = unwrap(joinDropCaps(normalizeLines(body)));
  const tables = tableLines(lines);
  // The lines above the story's first paragraph: a headline glued after a kicker repeats one of them.
  const head: string[] = [];
  let storyStarted = false;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (raw === '') {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    const cell = tables.get(index);
    const md = parseMdLine(cell === 'row' ? tableRowText(raw) : raw);
    const plain = md.image === null && !md.linkOnly;
    const glued = plain && !storyStarted ? cutGluedHead(md.text, head) : null;
    const stripped = plain ? stripInline(glued?.text ?? md.text) : null;
    const text = stripped?.text ?? glued?.text ?? md.text;
    const cut: Removed[] = [];
    for (const p of glued?.pieces ?? []) cut.push({ text: p, reason: 'chrome' });
    if (stripped) {
      for (const c of stripped.captions) cut.push({ text: c, reason: 'caption' });
      for (const t of stripped.trailers) cut.push({ text: t, reason: 'footer' });
      for (let k = 0; k < stripped.adverts; k++) cut.push({ text: 'Advertisement', reason: 'advertisement' });
      for (const t of stripped.pointers ?? []) cut.push({ text: t, reason: 'related' });
      for (const t of stripped.prompts ?? []) cut.push({ text: t, reason: 'prompt' });
    }
    const e: Entry = {
      index,
      block,
      raw,
      md,
      text,
      state: 'short',
      reason: null,
      stamp: false,
      caption: null,
      cut,
      table: cell === 'row',
    };
    if (cell === 'delimiter') remove(e, 'chrome');
    else if (e.table) {
      // A row of links only is a link table (a menu laid out as a grid); other rows wait for markTables.
      if (md.linkOnly) remove(e, 'navigation');
    } else if (md.image !== null) remove(e, 'caption', md.image || null);
    else if (md.linkOnly) remove(e, 'navigation');
    else if (isCaption(text)) remove(e, 'caption', text);
    else {
      const kind = classifyLine(text);
      if (kind.kind === 'removed') {
        remove(e, kind.reason);
        e.stamp = kind.stamp === true;
      } else e.state = kind.kind;
    }
    if (e.state === 'prose') storyStarted = true;
    else if (!storyStarted) head.push(text);
    entries.push(e);
  }
  return entries;
}

/**
 * A credit on its own line ("(Contributor/Getty Images)") belongs to the caption line right above it
 * (same block, no blank line between): that line is a caption too, however sentence-like it reads.
 */
export function attachCredits(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i];
    const prev = entries[i - 1];
    if (!e || !prev || e.reason !== 'caption') continue;
    if (prev.block !== e.block || prev.index !== e.index - 1 || prev.state === 'removed') continue;
    if (wordCount(e.text) > 6) {
      if (describesAbove(entries, i)) remove(prev, 'caption', prev.text);
      continue;
    }
    if (wordCount(prev.text) > 45 || /:["”’]?$/.test(prev.text)) continue;
    const below = descriptionBelow(entries, i);
    if (below !== null) remove(below, 'caption', below.text);
    else remove(prev, 'caption', prev.text);
  }
}

/**
 * A site that sets the credit above its caption ("Image: Jane Roe/Wire" / "The summit's chair brings
 * down the gavel at the closing session"): when the line above the credit is a finished sentence of the
 * story and the line below is a description without a closing stop, eight to forty words, the caption
 * is the line below. A subheading under a credit is shorter; a paragraph ends on its stop.
 */
function descriptionBelow(entries: readonly Entry[], i: number): Entry | null {
  const e = entries[i] as Entry;
  const prev = entries[i - 1] as Entry;
  const next = entries[i + 1];
  if (next === undefined || next.block !== e.block || next.index !== e.index + 1) return null;
  if (next.state !== 'short' || next.md.heading > 0 || next.md.list !== null) return null;
  const words = wordCount(next.text);
  if (words < 8 || words > 40 || !LOWER_WORD.test(next.text)) return null;
  return prev.state === 'prose' && TERMINAL.test(prev.text) ? next : null;
}

/**
 * A description over a caption line of its own ("Pickets outside the hospital this morning. The union
 * says it had no choice" / "Pictured: a nurse holds a placard …"): ten to forty-five words without a
 * closing stop, right above the caption and right under a finished paragraph, same block. A story's
 * paragraph ends on its stop; a headline is not set under a paragraph; a subheading is shorter.
 */
function describesAbove(entries: readonly Entry[], i: number): boolean {
  const prev = entries[i - 1] as Entry;
  const before = entries[i - 2];
  const words = wordCount(prev.text);
  return (
    words >= 10 &&
    words <= 45 &&
    // It stops on a word, as a description does: a paragraph closing on a footnote mark ("… the war.*")
    // is still a finished paragraph.
    /[\p{L}\p{N}]$/u.test(prev.text) &&
    prev.md.heading === 0 &&
    prev.md.list === null &&
    !TERMINAL.test(prev.text) &&
    !/:["”’]?$/.test(prev.text) &&
    before !== undefined &&
    before.block === prev.block &&
    before.index === prev.index - 1 &&
    before.state === 'prose' &&
    TERMINAL.test(before.text)
  );
}

/**
 * A photo's caption framed by its credit on a line of its own, the two alone in their block (blank lines
 * around them): the agency's name set above the caption ("Getty Images" / "Leaders shake hands at the
 * White House"), or a photographer's "Name for The Outlet" under it ("Families walk through the ruins
 * last month." / "Jane Roe for The Daily"), or in brackets ("(Jane Roe/Radio North)"). Above the credit, the caption is a description without a
 * closing stop, four to forty words: a story's paragraph under an agency's name ends on a sentence.
 * Under it, the credit must sit right below one line of description of forty-five words at most.
 */
export function frameCaptions(entries: Entry[]): void {
  for (let i = 0; i + 1 < entries.length; i++) {
    const a = entries[i] as Entry;
    const b = entries[i + 1] as Entry;
    const pair =
      a.block === b.block &&
      b.index === a.index + 1 &&
      entries[i - 1]?.block !== a.block &&
      entries[i + 2]?.block !== b.block;
    if (!pair) continue;
    if (
      a.reason === 'caption' &&
      isBareAgency(a.text) &&
      b.state !== 'removed' &&
      b.md.list === null &&
      wordCount(b.text) >= 4 &&
      wordCount(b.text) <= 40 &&
      !TERMINAL.test(b.text)
    )
      remove(b, 'caption', b.text);
    else if (
      b.state === 'short' &&
      (NAME_FOR_OUTLET.test(b.text) || (b.text.startsWith('(') && BRACKET_CREDIT.test(b.text))) &&
      a.state !== 'removed' &&
      a.md.heading === 0 &&
      wordCount(a.text) <= 45 &&
      /[.!?]["”’]?$/.test(a.text)
    ) {
      remove(a, 'caption', a.text);
      remove(b, 'caption', b.text);
    }
  }
}

/**
 * A picture's caption set in italics under the picture ("![Relatives hold photographs in Tel Aviv.
 * (Photo: Agency pool)](…)" / "*Relatives hold photographs in Tel Aviv. Agency pool*"): the emphasised
 * line right under an image, in the next block or its own, whose words open as the image's description
 * does. The picture's own text says what the line is; an italic standfirst or note says something else.
 * Compares the first thirty characters only, so the test stays constant-time.
 */
export function matchImageCaptions(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const first = e.raw.trimStart()[0];
    if (e.state === 'removed' || (first !== '*' && first !== '_')) continue;
    const raw = e.raw.trim();
    if (raw[1] === first || raw[raw.length - 1] !== first) continue;
    const alt = (entries[i - 1] as Entry).md.image;
    if (!alt || e.text.length < 20) continue;
    const head = e.text.slice(0, 30);
    if (alt.startsWith(head)) remove(e, 'caption', e.text);
  }
}

/**
 * A drop cap printed on a line of its own ("T" / "he delegates were still in the hall …"): a line of one
 * capital letter opening its block, followed by a line that starts in lower case, is the first letter of
 * that line's first word. Left alone, the letter's line is a one-character scrap that the line rules
 * drop as chrome, and the story opens on "he delegates". It is put back in front of its word. ("A" and
 * "I" are words of their own: the line after them may start a new word.)
 */
function joinDropCaps(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const letter = lines[i] as string;
    // Cheap gate first: almost no line is one character long.
    if (letter.length !== 1) continue;
    if (i > 0 && lines[i - 1] !== '') continue;
    const next = lines[i + 1] as string;
    if (!/^\p{Lu}$/u.test(letter) || letter === 'A' || letter === 'I' || !/^\p{Ll}/u.test(next)) continue;
    // The letter's line goes blank (it opened its block, so no block is split).
    lines[i] = '';
    lines[i + 1] = letter + next;
  }
  return lines;
}

/**
 * Hard-wrapped paragraphs are joined into one line before any rule looks at them: a line cut at a fixed
 * width ("met for a second day on") would otherwise look like a short unpunctuated menu item. The joined
 * line takes the place of the block's first line; the others become blank so line indexes stay stable.
 * A block whose lines mostly read as chrome on their own is left alone: it is a list, not a paragraph.
 */
function unwrap(lines: string[]): string[] {
  const out = lines.slice();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i] !== '') continue;
    const block = lines.slice(start, i);
    const structured = block.some(
      (l) => /^(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\|)/.test(l) || l.includes(']('),
    );
    // A block of lines that each read as chrome on their own ("12m ago Markets slide …", one per line)
    // is a list, whatever its line lengths; wrapped prose seldom has even half its lines look like that.
    const chrome = () => block.filter((l) => classifyLine(l).kind === 'removed').length * 2 >= block.length;
    if (block.length >= 2 && !structured && isWrappedBlock(block) && !chrome()) {
      out[start] = block.join(' ');
      for (let k = start + 1; k < i; k++) out[k] = '';
    }
    start = i + 1;
  }
  return out;
}
