import { loadPack } from '../../src/packs/load.ts';
import { compileActorIndex, linkActors } from '../../src/pipeline/actors/index.ts';
import { extractQuotes, type Quote, quoteContext } from '../../src/pipeline/quotes/index.ts';
import { segment } from '../../src/pipeline/segment/index.ts';
import { extractTimes } from '../../src/pipeline/time/index.ts';

/** Runs the real segment → actors → time → quotes chain on a passage, as the pipeline does. */
const pack = loadPack('ukraine-2025');
const index = compileActorIndex(pack);
const ctx = quoteContext(pack);

export function quotesOf(text: string, published: string | null = '2025-11-26'): Quote[] {
  const seg = segment(text);
  return extractQuotes(
    text,
    seg,
    linkActors(text, seg, index),
    extractTimes(text, seg, published),
    published,
    ctx,
  );
}

/** The statement (not scare quote) whose text contains `needle`. */
export function find(quotes: readonly Quote[], needle: string, kind?: 'direct' | 'indirect'): Quote {
  const q = quotes.find((x) => x.text.includes(needle) && (!kind || x.kind === kind));
  if (!q)
    throw new Error(
      `no ${kind ?? ''} quote containing ${JSON.stringify(needle)} in ${JSON.stringify(quotes.map((x) => x.text))}`,
    );
  return q;
}
