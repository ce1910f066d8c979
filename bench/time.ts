import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import type { BenchRow } from '../src/eval/report.ts';
import { parseTimeML } from '../src/eval/tempeval.ts';
import { segment } from '../src/pipeline/segment/index.ts';
import { extractTimes } from '../src/pipeline/time/index.ts';

/**
 * Throughput of the time stage (extractTimes, on pre-segmented text: segmentation is the segment
 * stage's cost) over ~200k words of news text — the TimeML articles' text, repeated until long
 * enough — against plain chrono-node (casual parse with the same reference date) in the same run.
 */

const TARGET_WORDS = 200_000;

async function corpus(): Promise<{ text: string; dct: string }[]> {
  const root = resolve(process.cwd(), '../shared/benchmarks/tempeval3');
  const docs: { text: string; dct: string }[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = join(root, sub);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.tml')).sort();
    for (const n of names) {
      const d = parseTimeML(await readFile(join(dir, n), 'utf8'), n);
      docs.push({ text: d.text.trim(), dct: d.dct ?? '2025-11-26' });
    }
  }
  if (docs.length === 0) throw new Error(`bench time: no .tml files under ${root}`);
  return docs;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export async function bench(): Promise<BenchRow[]> {
  const base = await corpus();
  const docs: { text: string; dct: string }[] = [];
  let total = 0;
  for (let i = 0; total < TARGET_WORDS; i++) {
    const d = base[i % base.length] as { text: string; dct: string };
    docs.push(d);
    total += words(d.text);
  }
  const segs = docs.map((d) => segment(d.text));
  // Warm-up (JIT), then timed runs.
  for (let i = 0; i < 20; i++)
    extractTimes(
      docs[i % docs.length]?.text ?? '',
      segs[i % docs.length] as ReturnType<typeof segment>,
      '2025-11-26',
    );
  let t0 = performance.now();
  let n = 0;
  docs.forEach((d, i) => {
    n += extractTimes(d.text, segs[i] as ReturnType<typeof segment>, d.dct).length;
  });
  const ours = performance.now() - t0;
  t0 = performance.now();
  let m = 0;
  for (const d of docs)
    m += chrono.parse(d.text, { instant: new Date(`${d.dct}T12:00:00Z`), timezone: 0 }).length;
  const theirs = performance.now() - t0;
  const wps = (ms: number) => Math.round(total / (ms / 1000));
  return [
    {
      name: `time.extractTimes (${total} words, ${n} expressions)`,
      value: wps(ours),
      unit: 'words/s',
      baseline: { name: `chrono-node casual parse (${m} results)`, value: wps(theirs) },
    },
  ];
}
