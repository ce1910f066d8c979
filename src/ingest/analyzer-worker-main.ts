import { parentPort, workerData } from 'node:worker_threads';
import type { RawArticle } from '../core/types.ts';
import type { Pack } from '../packs/schema.ts';
import { compilePack } from '../pipeline/analyze.ts';
import { analyzeRaw } from './analyzer.ts';
import type { Overrides } from './prepare.ts';

// A worker thread of the analyzer pool: compile the pack once, then analyse what it is sent.
const data = workerData as { pack: Pack; facts: boolean };
const pack = compilePack(data.pack);
parentPort?.on('message', (m: { id: number; raw: RawArticle; overrides: Overrides }) => {
  parentPort?.postMessage({ id: m.id, result: analyzeRaw(m.raw, m.overrides, pack, data.facts) });
});
