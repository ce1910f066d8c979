import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from '../src/eval/report.ts';
import { loadPack } from '../src/packs/load.ts';
import { compileActorIndex, linkActors } from '../src/pipeline/actors/index.ts';
import { extractQuotes, quoteContext } from '../src/pipeline/quotes/index.ts';
import { segment } from '../src/pipeline/segment/index.ts';
import { extractTimes } from '../src/pipeline/time/index.ts';

/**
 * Throughput of the quotes stage alone (segmentation, actors and times precomputed), on real news
 * text: PolNeAR articles read at run time, taken until there are at least 100,000 words. Baseline in
 * the same run: a plain regular-expression scan for quote marks over the same texts.
 */
const TARGET_WORDS = 100_000;

function corpus(): string[] {
  const root = join(process.cwd(), '../shared/benchmarks/polnear');
  const texts: string[] = [];
  let words = 0;
  for (const part of ['dev', 'train']) {
    const dir = join(root, part, 'text');
    for (const f of readdirSync(dir).sort()) {
      const t = readFileSync(join(dir, f), 'utf8');
      texts.push(t);
      words += t.split(/\s+/).filter(Boolean).length;
      if (words >= TARGET_WORDS) return texts;
    }
  }
  return texts;
}

function timeIt(fn: () => void, minMs = 1500): number {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - t0) / runs;
}

export async function bench(): Promise<BenchRow[]> {
  const texts = corpus();
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const pack = loadPack('generic');
  const index = compileActorIndex(pack);
  const ctx = quoteContext(pack);
  const inputs = texts.map((text) => {
    const seg = segment(text);
    return { text, seg, actors: linkActors(text, seg, index), times: extractTimes(text, seg, null) };
  });
  let found = 0;
  const ms = timeIt(() => {
    found = 0;
    for (const i of inputs) found += extractQuotes(i.text, i.seg, i.actors, i.times, null, ctx).length;
  });
  let marks = 0;
  const baseMs = timeIt(() => {
    marks = 0;
    for (const t of texts) for (const _ of t.matchAll(/["“”«»]/g)) marks++;
  });
  void found;
  void marks;
  return [
    {
      name: `quotes: extractQuotes words/s (${words} words, ${texts.length} PolNeAR texts)`,
      value: Math.round(words / (ms / 1000)),
      unit: 'words/s',
      baseline: { name: 'regex scan for quote marks', value: Math.round(words / (baseMs / 1000)) },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await bench()) console.log(JSON.stringify(row));
}
