import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.ts';
import { parley, start } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parley-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('survives kill -9 mid-batch: the store opens, and the same command completes the batch without duplicates', async () => {
  const dir = join(tmp, 'in');
  mkdirSync(dir);
  const n = 300;
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), syntheticArticle(i, 300));
  const db = join(tmp, 'db');
  const args = ['ingest', dir, '--db', db, '--date', '2025-11-26', '--no-progress'];

  // Kill the first run once its store exists and it has had time to store some articles (if a
  // fast machine finishes first, the rerun must still report every article exactly once).
  const child = start(args);
  const closed = new Promise((r) => child.on('close', r));
  await Promise.race([closed, new Promise((r) => setTimeout(r, 7000))]);
  child.kill('SIGKILL');
  await closed;

  const second = await parley(args);
  expect(second.code).toBe(0);
  const m = /ingested (\d+), unchanged (\d+), near-identical (\d+), failed 0/.exec(second.stdout);
  expect(m).not.toBeNull();
  expect(Number(m?.[1]) + Number(m?.[2]) + Number(m?.[3])).toBe(n);
  const stats = JSON.parse((await parley(['stats', '--json', '--db', db])).stdout);
  expect(stats.documents).toBe(n);
  expect(stats.sources).toBe(n);
}, 120_000);
