import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { RawArticle } from '../core/types.ts';
import { bands, similarity } from '../corpus/minhash.ts';
import type { AnalyzedDoc, CompiledPack } from '../pipeline/analyze.ts';
import type { Db } from '../store/db.ts';
import { bandCandidates, findSources, insertDocument } from '../store/documents.ts';
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
  const window = Math.max(2, workers * 4);
  const queue: Pending[] = [];
  let articles = 0;
  let filesDone = 0;
  const fileDone = () => opts.onProgress?.(++filesDone, inputs.length, articles);
  const storeHead = async () => {
    const head = queue.shift() as Pending;
    const r = await head.result;
    if (r.ok) await storeArticle(db, head.raw, r.analyzed, head.rawBytes, head.rawKey, summary);
    else summary.failed.push({ input: head.raw.source, reason: r.reason });
    articles++;
    if (head.completes) fileDone();
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
        while (queue.length >= window) await storeHead();
      }
    }
    while (queue.length > 0) await storeHead();
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

async function storeArticle(
  db: Db,
  raw: RawArticle,
  analyzed: AnalyzedDoc,
  rawBytes: Uint8Array,
  rawKey: string,
  summary: IngestSummary,
): Promise<void> {
  const doc = analyzed.doc;
  const src = { source: raw.source, format: raw.format, raw: rawBytes, rawSha: rawKey };
  const bandKeys = bands(doc.minhash);
  let duplicateOf: string | null = null;
  let best = 0;
  for (const c of await bandCandidates(db, bandKeys)) {
    if (c.id === doc.id) continue; // the same article, already stored
    const s = similarity(doc.minhash, c.minhash);
    if (s >= NEAR_IDENTICAL && s > best) {
      best = s;
      duplicateOf = c.duplicateOf ?? c.id;
    }
  }
  const stored = { ...doc, duplicateOf, similarity: duplicateOf ? best : null };
  if (!(await insertDocument(db, stored, bandKeys, src))) {
    summary.unchanged.push({ source: raw.source, id: doc.id });
    return;
  }
  if (duplicateOf)
    summary.nearIdentical.push({ source: raw.source, id: doc.id, of: duplicateOf, similarity: best });
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
