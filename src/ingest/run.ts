import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { RawArticle } from '../core/types.ts';
import { bands, similarity } from '../corpus/minhash.ts';
import type { AnalyzedDoc, CompiledPack } from '../pipeline/analyze.ts';
import type { Db } from '../store/db.ts';
import { bandCandidatesOfMany, findSources, insertDocument } from '../store/documents.ts';
import { type AnalyzeResult, defaultWorkers, inlineAnalyzer, workerAnalyzer } from './analyzer.ts';
import { decodeText } from './decode.ts';
import { InputError } from './errors.ts';
import { formatOf, readArticles } from './formats.ts';
import type { Input } from './inputs.ts';
import type { Overrides } from './prepare.ts';

/** Estimated Jaccard similarity above which a new article is the same story as a stored one. */
export const NEAR_IDENTICAL = 0.8;

export interface IngestOptions {
  readonly overrides: Overrides;
  /** Inputs larger than this are refused (bytes). */
  readonly maxBytes: number;
  readonly pack: CompiledPack;
  /** Worker threads for cleaning and analysis; 0 analyses in this thread. Default: by batch size. */
  readonly workers?: number | undefined;
  /** False stores cleaned articles without their facts, for `parley reanalyze` to fill in later. */
  readonly facts?: boolean | undefined;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly onProgress?: (done: number, total: number, articles: number) => void;
}

export interface IngestSummary {
  readonly ingested: { source: string; id: string }[];
  readonly unchanged: { source: string; id: string }[];
  readonly nearIdentical: { source: string; id: string; of: string; similarity: number }[];
  readonly failed: { input: string; reason: string }[];
  /** Stored articles whose publication date is neither given nor inferable. */
  readonly undated: { source: string; id: string }[];
  /** Publication dates inferred from the text. */
  readonly inferred: { source: string; id: string; date: string; rule: string }[];
}

/** Inputs whose earlier sources are fetched in one query. */
const SOURCE_CHUNK = 500;

/**
 * Articles whose near-duplicate candidates are looked up in one query. Each is still stored in
 * its own transaction; a larger batch saves little more (the lookup is then a small share of the
 * time) and keeps more finished articles waiting in memory.
 */
const LOOKUP_BATCH = 16;

/** Below this many inputs, starting worker threads costs more than it saves. */
const WORKERS_FROM = 40;

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

interface Pending {
  readonly raw: RawArticle;
  readonly rawBytes: Uint8Array;
  readonly rawKey: string;
  readonly result: Promise<AnalyzeResult>;
  /** Set on the last article of an input: storing it completes that input. */
  readonly completes: boolean;
}

/**
 * Ingests inputs in order, each article in its own transaction, so a crash leaves whole articles
 * or nothing and running the same command again skips what is already stored. Files are read one
 * at a time (memory stays flat); cleaning and analysis run ahead in worker threads while this
 * thread stores finished articles in input order, so the result does not depend on timing.
 */
export async function ingestInputs(
  db: Db,
  inputs: readonly Input[],
  opts: IngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    ingested: [],
    unchanged: [],
    nearIdentical: [],
    failed: [],
    undated: [],
    inferred: [],
  };
  const facts = opts.facts ?? true;
  // Cleaning alone is cheaper than handing articles to a thread and back: workers only pay off
  // for the full analysis of a batch big enough to amortise their start-up.
  const workers = opts.workers ?? (facts && inputs.length >= WORKERS_FROM ? defaultWorkers() : 0);
  const analyzer =
    workers > 0 ? workerAnalyzer(opts.pack.pack, workers, facts) : inlineAnalyzer(opts.pack, facts);
  // While a batch is being stored, the workers keep analysing the articles queued after it: at
  // least a whole batch more, so that they never wait for the main thread to refill the queue.
  const window = 2 * LOOKUP_BATCH + workers * 4;
  const queue: Pending[] = [];
  let articles = 0;
  let filesDone = 0;
  const fileDone = () => opts.onProgress?.(++filesDone, inputs.length, articles);
  // Stores the articles at the head of the queue, in input order: their near-duplicate candidates
  // in one query, then each article in its own transaction.
  const storeHead = async (count: number) => {
    const batch = queue.splice(0, count);
    const results = await Promise.all(batch.map((p) => p.result));
    const ready = results.flatMap((r) => (r.ok ? [r.analyzed] : []));
    const dedup = await nearDuplicates(
      db,
      ready.map((a) => a.doc),
    );
    for (let i = 0; i < batch.length; i++) {
      const head = batch[i] as Pending;
      const r = results[i] as AnalyzeResult;
      if (r.ok) await storeArticle(db, head.raw, r.analyzed, head.rawBytes, head.rawKey, dedup, summary);
      else summary.failed.push({ input: head.raw.source, reason: r.reason });
      articles++;
      if (head.completes) fileDone();
    }
  };
  let known = new Map<string, { docId: string; rawSha: string }>();
  try {
    for (let n = 0; n < inputs.length; n++) {
      // What earlier runs stored from these paths, looked up a chunk of inputs at a time.
      if (n % SOURCE_CHUNK === 0)
        known = await findSources(
          db,
          inputs.slice(n, n + SOURCE_CHUNK).flatMap((i) => (i.kind === 'file' ? [i.path] : [])),
        );
      const input = inputs[n] as Input;
      const name = input.kind === 'stdin' ? '(stdin)' : input.path;
      const found = await readInput(known, input, name, opts, summary);
      if (found.length === 0) fileDone();
      for (let i = 0; i < found.length; i++) {
        const f = found[i] as Omit<Pending, 'result' | 'completes'>;
        queue.push({
          ...f,
          result: analyzer.analyze(f.raw, opts.overrides),
          completes: i === found.length - 1,
        });
        if (queue.length >= window) await storeHead(LOOKUP_BATCH);
      }
    }
    while (queue.length > 0) await storeHead(LOOKUP_BATCH);
  } finally {
    await analyzer.close();
  }
  return summary;
}

/** Reads one input into its articles; records unchanged inputs and failures in the summary. */
async function readInput(
  known: ReadonlyMap<string, { docId: string; rawSha: string }>,
  input: Input,
  name: string,
  opts: IngestOptions,
  summary: IngestSummary,
): Promise<Omit<Pending, 'result' | 'completes'>[]> {
  try {
    const bytes = input.kind === 'stdin' ? await opts.readStdin() : readBounded(input.path, opts.maxBytes);
    if (bytes.length > opts.maxBytes) throw new InputError(name, tooLarge(bytes.length, opts.maxBytes));
    // Same source, same bytes, same overrides: nothing to do (makes resuming a big batch fast).
    const overridesKey = JSON.stringify(opts.overrides);
    const fileKey = sha(sha(bytes) + overridesKey);
    const before = input.kind === 'file' ? known.get(name) : undefined;
    if (before && before.rawSha === fileKey) {
      summary.unchanged.push({ source: name, id: before.docId });
      return [];
    }
    const text = decodeText(bytes, name);
    const format = formatOf(name, text);
    const { articles, errors } = readArticles(name, text, format);
    for (const e of errors) summary.failed.push({ input: e.input, reason: e.reason });
    return articles.map((raw) => {
      if (format !== 'jsonl') return { raw, rawBytes: bytes, rawKey: fileKey };
      const line = new TextEncoder().encode(raw.body);
      return { raw, rawBytes: line, rawKey: sha(sha(line) + overridesKey) };
    });
  } catch (e) {
    summary.failed.push(
      e instanceof InputError
        ? { input: e.input, reason: e.reason }
        : { input: name, reason: (e as Error).message },
    );
    return [];
  }
}

function tooLarge(size: number, limit: number): string {
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  return `too large (${mb(size)}; the limit is ${mb(limit)}, raise it with --max-size)`;
}

function readBounded(path: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (size > maxBytes) throw new InputError(path, tooLarge(size, maxBytes));
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Near-duplicate detection for a batch of articles about to be stored in order. Candidates come
 * from the store in one query; articles of the batch stored before an article are candidates for
 * it too (kept in memory as they are stored). The outcome is the one an article-by-article lookup
 * would give: only documents sharing a band with the article are compared, in ingest order, and
 * the first best match wins.
 */
interface BatchDedup {
  /** The document this one is a near-identical copy of (the original of its group), or null. */
  match(doc: { id: string; minhash: readonly number[] }): { of: string; similarity: number } | null;
  /** Records a document stored by this batch, so later articles of the batch are compared with it. */
  stored(doc: { id: string; minhash: readonly number[]; duplicateOf: string | null }): void;
}

async function nearDuplicates(db: Db, docs: readonly { minhash: readonly number[] }[]): Promise<BatchDedup> {
  type Candidate = { id: string; minhash: readonly number[]; duplicateOf: string | null; keys: string[] };
  const withKeys = (c: Omit<Candidate, 'keys'>): Candidate => ({ ...c, keys: bands(c.minhash) });
  const candidates = docs.length
    ? (
        await bandCandidatesOfMany(
          db,
          docs.map((d) => bands(d.minhash)),
        )
      ).map(withKeys)
    : [];
  return {
    match(doc) {
      const keys = bands(doc.minhash);
      let of: string | null = null;
      let best = 0;
      for (const c of candidates) {
        if (c.id === doc.id) continue; // the same article, already stored
        if (!c.keys.some((k, b) => k === keys[b])) continue; // shares no band with this article
        const s = similarity(doc.minhash, c.minhash);
        if (s >= NEAR_IDENTICAL && s > best) {
          best = s;
          of = c.duplicateOf ?? c.id;
        }
      }
      return of ? { of, similarity: best } : null;
    },
    stored(doc) {
      candidates.push(withKeys(doc));
    },
  };
}

async function storeArticle(
  db: Db,
  raw: RawArticle,
  analyzed: AnalyzedDoc,
  rawBytes: Uint8Array,
  rawKey: string,
  dedup: BatchDedup,
  summary: IngestSummary,
): Promise<void> {
  const doc = analyzed.doc;
  const src = { source: raw.source, format: raw.format, raw: rawBytes, rawSha: rawKey };
  const near = dedup.match(doc);
  const duplicateOf = near?.of ?? null;
  const stored = { ...doc, duplicateOf, similarity: near?.similarity ?? null };
  if (!(await insertDocument(db, stored, bands(doc.minhash), src))) {
    summary.unchanged.push({ source: raw.source, id: doc.id });
    return;
  }
  dedup.stored(stored);
  if (near)
    summary.nearIdentical.push({ source: raw.source, id: doc.id, of: near.of, similarity: near.similarity });
  else summary.ingested.push({ source: raw.source, id: doc.id });
  if (!doc.published) summary.undated.push({ source: raw.source, id: doc.id });
  else if (doc.publishedSource === 'inferred')
    summary.inferred.push({
      source: raw.source,
      id: doc.id,
      date: doc.published,
      rule: analyzed.publishedRule ?? '',
    });
}
