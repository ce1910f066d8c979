import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { RawArticle } from '../core/types.ts';
import { bands, similarity } from '../corpus/minhash.ts';
import { type AnalyzedDoc, analyzeDocument, type CompiledPack } from '../pipeline/analyze.ts';
import type { Db } from '../store/db.ts';
import {
  bandCandidates,
  documentExists,
  findSource,
  insertDocument,
  upsertSource,
} from '../store/documents.ts';
import { decodeText } from './decode.ts';
import { InputError } from './errors.ts';
import { formatOf, readArticles } from './formats.ts';
import type { Input } from './inputs.ts';
import { type Overrides, prepare } from './prepare.ts';

/** Estimated Jaccard similarity above which a new article is the same story as a stored one. */
export const NEAR_IDENTICAL = 0.8;

export interface IngestOptions {
  readonly overrides: Overrides;
  /** Inputs larger than this are refused (bytes). */
  readonly maxBytes: number;
  readonly pack: CompiledPack;
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

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/**
 * Ingests inputs one at a time (streamed: only the current file is in memory), each article in
 * its own transaction, so a crash leaves whole articles or nothing, and running the same command
 * again skips what is already stored.
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
  let articles = 0;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as Input;
    const name = input.kind === 'stdin' ? '(stdin)' : input.path;
    try {
      const bytes = input.kind === 'stdin' ? await opts.readStdin() : readBounded(input.path, opts.maxBytes);
      if (bytes.length > opts.maxBytes) throw new InputError(name, tooLarge(bytes.length, opts.maxBytes));
      // Same source, same bytes, same overrides: nothing to do (makes resuming a big batch fast).
      const rawSha = sha(bytes);
      const known = input.kind === 'file' ? await findSource(db, name) : null;
      const overridesKey = JSON.stringify(opts.overrides);
      if (known && known.rawSha === sha(rawSha + overridesKey) && (await documentExists(db, known.docId))) {
        summary.unchanged.push({ source: name, id: known.docId });
        articles++;
        continue;
      }
      const text = decodeText(bytes, name);
      const format = formatOf(name, text);
      const { articles: found, errors } = readArticles(name, text, format);
      for (const e of errors) summary.failed.push({ input: e.input, reason: e.reason });
      for (const raw of found) {
        const rawBytes = format === 'jsonl' ? new TextEncoder().encode(raw.body) : bytes;
        const key = format === 'jsonl' ? sha(sha(rawBytes) + overridesKey) : sha(rawSha + overridesKey);
        await ingestArticle(db, raw, rawBytes, key, opts, summary);
        articles++;
      }
    } catch (e) {
      if (e instanceof InputError) summary.failed.push({ input: e.input, reason: e.reason });
      else summary.failed.push({ input: name, reason: (e as Error).message });
    }
    opts.onProgress?.(i + 1, inputs.length, articles);
  }
  return summary;
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

async function ingestArticle(
  db: Db,
  raw: RawArticle,
  rawBytes: Uint8Array,
  rawKey: string,
  opts: IngestOptions,
  summary: IngestSummary,
): Promise<void> {
  let analyzed: AnalyzedDoc;
  try {
    analyzed = analyzeDocument(prepare(raw, opts.overrides), opts.pack);
  } catch (e) {
    summary.failed.push({ input: raw.source, reason: (e as Error).message });
    return;
  }
  const doc = analyzed.doc;
  const src = { source: raw.source, format: raw.format, raw: rawBytes, rawSha: rawKey };
  if (await documentExists(db, doc.id)) {
    await db.transaction((tx) => upsertSource(tx, doc.id, src));
    summary.unchanged.push({ source: raw.source, id: doc.id });
    return;
  }
  const bandKeys = bands(doc.minhash);
  let duplicateOf: string | null = null;
  let best = 0;
  for (const c of await bandCandidates(db, bandKeys)) {
    const s = similarity(doc.minhash, c.minhash);
    if (s >= NEAR_IDENTICAL && s > best) {
      best = s;
      duplicateOf = c.duplicateOf ?? c.id;
    }
  }
  await db.transaction((tx) =>
    insertDocument(tx, { ...doc, duplicateOf, similarity: duplicateOf ? best : null }, bandKeys, src),
  );
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
