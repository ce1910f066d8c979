/**
 * Putting kept lines back together. Plain text from scrapers comes two ways: one paragraph per line
 * (often with no blank line between), or hard-wrapped at a fixed width. A block whose lines mostly stop
 * mid-sentence is hard-wrapped and is joined into one paragraph; otherwise each line is a paragraph of
 * its own, except that a line that stops mid-sentence is joined to a next line starting in lower case.
 */

import { TERMINAL } from './prose.ts';

export interface KeptLine {
  readonly index: number;
  readonly block: number;
  readonly text: string;
  /** Headings, list items and the title always stand alone. */
  readonly standalone: boolean;
}

/**
 * Whether a block of lines is hard-wrapped prose: most lines stop mid-sentence, the lines are long (a
 * menu is also a block of unpunctuated lines, but of short ones), and the breaks are where a fixed-width
 * wrap puts them: the next line's first word would not have fitted on the line (a list of headlines, one
 * per line, has lines of any length, often far shorter than the longest).
 */
export function isWrappedBlock(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const open = body.filter((l) => !TERMINAL.test(l)).length;
  const longest = Math.max(...lines.map((l) => l.length));
  const longLines = body.filter((l) => l.length >= 40).length;
  if (open / body.length < 0.5 || longest > 120 || longLines !== body.length) return false;
  let filled = 0;
  for (let i = 0; i < body.length; i++) {
    const next = (lines[i + 1] ?? '').split(' ')[0] ?? '';
    if ((body[i] as string).length + 1 + next.length > longest) filled++;
  }
  return filled / body.length >= 0.75;
}

/**
 * Group kept lines into paragraphs. `adjacent(a, b)` says whether nothing was removed between two kept
 * lines: a removed line in between always ends the paragraph.
 */
export function assemble(
  kept: readonly KeptLine[],
  wrapped: ReadonlySet<number>,
  adjacent: (a: KeptLine, b: KeptLine) => boolean,
): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let prev: KeptLine | null = null;
  for (const line of kept) {
    let join = false;
    if (prev && prev.block === line.block && !prev.standalone && !line.standalone && adjacent(prev, line)) {
      join = wrapped.has(line.block) || (!TERMINAL.test(prev.text) && /^[\p{Ll}\d(,–—-]/u.test(line.text));
    }
    if (join) current.push(line.text);
    else {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [line.text];
    }
    prev = line;
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}
