import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assembleNegotiation,
  diffProposals,
  type NegotiationDoc,
  positionsMatrix,
} from '../src/corpus/negotiation.ts';
import { pipelineFor } from '../src/eval/negotiation.ts';
import type { BenchRow } from '../src/eval/report.ts';
import { loadPack } from '../src/packs/load.ts';
import {
  compileNegotiationIndex,
  extractNegotiation,
  findIssues,
} from '../src/pipeline/negotiation/index.ts';

/**
 * Negotiation throughput: per-article extraction on precomputed stage inputs (segment, actors,
 * time, quotes done beforehand, as in the pipeline), against a plain issue-cue scan of the same
 * text as the baseline; and corpus assembly (proposals, positions, matrix, diff) over 100,000
 * synthetic article results made by re-labelling the sample articles' real results.
 */
export async function bench(): Promise<BenchRow[]> {
  const dir = join(process.cwd(), 'test/fixtures/negotiation');
  const pack = loadPack('ukraine-2025');
  const index = compileNegotiationIndex(pack);
  const { run } = await pipelineFor();
  const inputs = readdirSync(dir)
    .filter((f) => f.startsWith('ua-') && f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const published = '2025-11-25';
      return {
        f,
        text,
        published,
        words: text.split(/\s+/).filter(Boolean).length,
        a: run(text, published, pack, index),
      };
    });
  const words = inputs.reduce((n, x) => n + x.words, 0);
  const time = (fn: () => void, minMs = 1500): number => {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < minMs) {
      fn();
      n++;
    }
    return (n * words) / ((performance.now() - t0) / 1000);
  };
  for (const x of inputs)
    extractNegotiation(x.text, x.a.seg, x.a.actors, x.a.quotes, x.a.times, x.published, index); // warm-up
  const extract = time(() => {
    for (const x of inputs)
      extractNegotiation(x.text, x.a.seg, x.a.actors, x.a.quotes, x.a.times, x.published, index);
  });
  const cueScan = time(() => {
    for (const x of inputs) findIssues(x.text, index.issues);
  });

  // 100,000 synthetic article results: the real ones, re-labelled with new doc ids, dates and sides.
  const N = 100_000;
  const sides: Record<string, string | null> = {};
  for (const a of pack.actors) sides[a.id] = a.side ?? a.id;
  const docs: NegotiationDoc[] = [];
  for (let i = 0; i < N; i++) {
    const x = inputs[i % inputs.length];
    if (!x) continue;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const published = `2025-${i % 2 === 0 ? '10' : '11'}-${day}`;
    const r = x.a.result;
    docs.push({
      doc: `d${i}`,
      published,
      sides,
      result: { ...r, stances: r.stances.map((s) => ({ ...s, date: published })) },
    });
  }
  const t0 = performance.now();
  const assembled = assembleNegotiation(docs, pack);
  const matrix = positionsMatrix(assembled.positions, { by: 'side', asOf: '2025-11-15' });
  const p28 = assembled.proposals.find((p) => p.id === 'plan-28-point');
  const p19 = assembled.proposals.find((p) => p.id === 'framework-19-point');
  if (p28 && p19) diffProposals(p28, p19);
  const assembleMs = performance.now() - t0;
  // Baseline for assembly: one plain pass grouping the same claims by (side, issue) in a Map.
  const b0 = performance.now();
  const plain = new Map<string, number>();
  for (const d of docs)
    for (const s of d.result.stances)
      plain.set(`${sides[s.actor]}|${s.issue}`, (plain.get(`${sides[s.actor]}|${s.issue}`) ?? 0) + 1);
  const baseMs = performance.now() - b0;
  return [
    {
      name: 'negotiation extraction (precomputed inputs)',
      value: Math.round(extract),
      unit: 'words/s',
      baseline: { name: 'issue cue scan', value: Math.round(cueScan) },
    },
    {
      name: `negotiation assembly, ${N.toLocaleString('en')} articles (${assembled.positions.length.toLocaleString('en')} positions, ${matrix.cells.length} cells)`,
      value: Math.round(assembleMs),
      unit: 'ms',
      baseline: { name: 'plain group-by of the claims', value: Math.round(baseMs) },
    },
  ];
}
