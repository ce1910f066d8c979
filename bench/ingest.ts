import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from '../src/eval/report.ts';
import { expandInputs } from '../src/ingest/inputs.ts';
import { ingestInputs } from '../src/ingest/run.ts';
import { loadPack } from '../src/packs/load.ts';
import { compilePack } from '../src/pipeline/analyze.ts';
import { openStore } from '../src/store/index.ts';
import { syntheticArticle } from './synthetic.ts';

/**
 * Ingest N articles of ~800 words into a fresh PGlite store (read, decode, clean, analyse,
 * store), against a baseline measured in the same run: the same texts inserted into PGlite
 * with no pipeline at all. Memory: peak RSS, and RSS after each quarter of the batch, which
 * should stay flat (inputs are streamed one file at a time).
 */
export async function bench(n = Number(process.env.BENCH_ARTICLES ?? 1000)): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const files = join(root, 'articles');
  mkdirSync(files);
  let words = 0;
  for (let i = 0; i < n; i++) {
    const text = syntheticArticle(i);
    words += text.split(/\s+/).length;
    writeFileSync(join(files, `a${String(i).padStart(5, '0')}.txt`), text);
  }
  try {
    // Baseline: the raw texts straight into a table, one transaction each.
    const base = await openStore({ dir: join(root, 'baseline') });
    await base.exec('CREATE TABLE raw (id int PRIMARY KEY, body text)');
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const body = syntheticArticle(i);
      await base.transaction((tx) => tx.query('INSERT INTO raw VALUES ($1, $2)', [i, body]));
    }
    const baselineRate = n / ((performance.now() - t0) / 1000);
    await base.close();

    const pack = compilePack(loadPack('ukraine-2025'));
    const { inputs } = expandInputs([files]);
    const rss: number[] = [];
    const run = async (dir: string, facts: boolean) => {
      const db = await openStore({ dir: join(root, dir) });
      const t = performance.now();
      const summary = await ingestInputs(db, inputs, {
        overrides: { date: '2025-11-26' },
        maxBytes: 10 * 1048576,
        pack,
        facts,
        readStdin: async () => new Uint8Array(),
        onProgress: (done, total) => {
          if (facts && done % Math.max(1, Math.floor(total / 4)) === 0) rss.push(process.memoryUsage().rss);
        },
      });
      const secs = (performance.now() - t) / 1000;
      await db.close();
      if (summary.failed.length) throw new Error(`bench ingest failed: ${JSON.stringify(summary.failed[0])}`);
      return n / secs;
    };
    const cleanOnly = await run('store-clean', false);
    const full = await run('store-full', true);
    const mb = (b: number) => Math.round(b / 1048576);
    return [
      {
        name: `ingest ${n} articles (~${Math.round(words / n)} words), read + clean + store (--defer-analysis)`,
        value: cleanOnly,
        unit: 'articles/s',
        baseline: { name: 'raw INSERT of the same texts, no pipeline', value: baselineRate },
      },
      {
        name: `ingest ${n} articles, full analysis (every stage)`,
        value: full,
        unit: 'articles/s',
        baseline: { name: 'raw INSERT of the same texts, no pipeline', value: baselineRate },
      },
      { name: 'full ingest words/s', value: (full * words) / n, unit: 'words/s' },
      { name: 'peak RSS', value: mb(process.resourceUsage().maxRSS * 1024), unit: 'MB' },
      {
        name: `RSS after each quarter of the full ingest (${rss.map(mb).join(', ')} MB): growth first→last`,
        value: mb((rss.at(-1) ?? 0) - (rss[0] ?? 0)),
        unit: 'MB',
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
