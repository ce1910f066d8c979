import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../core/types.ts';
import type { Pack } from '../packs/schema.ts';
import { type AnalyzedDoc, analyzeDocument, type CompiledPack } from '../pipeline/analyze.ts';
import { type Overrides, prepare } from './prepare.ts';

export type AnalyzeResult =
  | { readonly ok: true; readonly analyzed: AnalyzedDoc }
  | { readonly ok: false; readonly reason: string };

/** Cleans and analyses articles: in this thread, or in a pool of worker threads. */
export interface Analyzer {
  analyze(raw: RawArticle, overrides: Overrides): Promise<AnalyzeResult>;
  close(): Promise<void>;
}

/** The pure per-article work, wrapped so a failure is a result (the batch goes on) rather than a throw. */
export function analyzeRaw(
  raw: RawArticle,
  overrides: Overrides,
  pack: CompiledPack,
  facts = true,
): AnalyzeResult {
  try {
    return { ok: true, analyzed: analyzeDocument(prepare(raw, overrides), pack, { facts }) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

export function inlineAnalyzer(pack: CompiledPack, facts = true): Analyzer {
  return {
    analyze: async (raw, overrides) => analyzeRaw(raw, overrides, pack, facts),
    close: async () => {},
  };
}

/** One worker per spare core (the main thread keeps one for the database), at least one. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * A pool of worker threads, each compiling the pack once. Stages are pure functions of plain
 * data, which is what lets them run off the main thread: the article goes in by structured
 * clone and the analysis comes back the same way.
 */
export function workerAnalyzer(pack: Pack, workers: number, facts = true): Analyzer {
  const url = new URL('./analyzer-worker.js', import.meta.url);
  const pool = Array.from({ length: workers }, () => new Worker(url, { workerData: { pack, facts } }));
  const pending = new Map<number, (r: AnalyzeResult) => void>();
  let next = 0;
  for (const w of pool) {
    w.on('message', (m: { id: number; result: AnalyzeResult }) => {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    });
    w.on('error', (e) => {
      for (const [id, done] of pending) {
        done({ ok: false, reason: `analysis worker failed: ${e.message}` });
        pending.delete(id);
      }
    });
  }
  return {
    analyze(raw, overrides) {
      const id = next++;
      const w = pool[id % pool.length] as Worker;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        w.postMessage({ id, raw, overrides });
      });
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
