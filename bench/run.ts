import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '../src/eval/report.ts';

/**
 * Runs every bench/*.ts that exports `bench()` (or only those named on the command line) and
 * prints each figure with its ratio to the baseline measured in the same run. With no names,
 * each bench runs in a child process of its own: one bench's heap (the ingest bench leaves an
 * embedded database and a thousand articles behind) must not slow the next one down or count
 * towards its peak memory.
 */
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'synthetic.ts'].includes(f))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

if (only.length === 0) {
  let failed = 0;
  for (const f of files) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), f.replace(/\.ts$/, '')],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) failed++;
  }
  process.exit(failed > 0 ? 1 : 0);
}

const fmt = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2));
for (const f of files) {
  const mod = (await import(join(here, f))) as { bench?: () => Promise<BenchRow[]> };
  if (!mod.bench) continue;
  console.log(`\n# ${f.replace(/\.ts$/, '')}`);
  for (const row of await mod.bench()) {
    const ratio = row.baseline
      ? `  (${(row.value / row.baseline.value).toFixed(2)}× ${row.baseline.name}: ${fmt(row.baseline.value)} ${row.unit})`
      : '';
    console.log(`${row.name}: ${fmt(row.value)} ${row.unit}${ratio}`);
  }
}
