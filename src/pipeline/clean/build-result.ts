/**
 * From judged entries to the CleanResult: kept lines assembled into paragraphs (paragraphs.ts), glued
 * sentences repaired, verbatim-duplicate paragraphs dropped, and every removed line, caption and date
 * stamp listed in page order.
 */

import type { Entry } from './entry.ts';
import { compareKey, wordCount } from './normalize.ts';
import { assemble, isWrappedBlock, type KeptLine } from './paragraphs.ts';
import { repairGlued } from './repair.ts';
import type { CleanResult, Removed } from './types.ts';

export function build(entries: readonly Entry[], title: string | null): CleanResult {
  const removed: Removed[] = [];
  const captions: string[] = [];
  const stamps: string[] = [];
  const kept: KeptLine[] = [];
  const blockLines = new Map<number, string[]>();
  for (const e of entries) {
    const list = blockLines.get(e.block) ?? [];
    list.push(e.text);
    blockLines.set(e.block, list);
    for (const c of e.cut) {
      removed.push(c);
      if (c.reason === 'caption') captions.push(repairGlued(c.text));
    }
    if (e.state === 'removed') {
      removed.push({ text: e.raw, reason: e.reason ?? 'chrome' });
      if (e.caption) captions.push(repairGlued(e.caption));
      if (e.stamp) stamps.push(e.text);
      continue;
    }
    const standalone = e.state === 'title' || e.md.heading > 0 || e.md.list !== null || e.table;
    kept.push({ index: e.index, block: e.block, text: e.text, standalone });
  }
  const wrapped = new Set<number>();
  for (const [block, lines] of blockLines) if (isWrappedBlock(lines)) wrapped.add(block);
  const byIndex = new Map(entries.map((e) => [e.index, e]));
  const adjacent = (a: KeptLine, b: KeptLine) => {
    for (let k = a.index + 1; k < b.index; k++) if (byIndex.get(k)?.state === 'removed') return false;
    return true;
  };
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const p of assemble(kept, wrapped, adjacent)) {
    const text = repairGlued(p);
    const key = compareKey(text);
    if (seen.has(key) && wordCount(text) >= 4) {
      removed.push({ text, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    paragraphs.push(text);
  }
  return { text: paragraphs.join('\n\n'), title, removed, captions, stamps };
}
