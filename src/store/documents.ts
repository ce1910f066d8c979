import type { DocFlag, PublishedSource } from '../core/types.ts';
import type { Removed } from '../pipeline/clean/types.ts';
import type { Queryable } from './db.ts';

/** A document as the store holds it. `analysis` is derived and re-computable; the rest is input. */
export interface StoredDocument {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  readonly text: string;
  readonly words: number;
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
  readonly minhash: readonly number[];
  readonly flags: readonly DocFlag[];
  readonly removed: readonly Removed[];
  readonly captions: readonly string[];
  readonly analysis: unknown;
  readonly analyzedWith: string | null;
}

export interface SourceRow {
  readonly source: string;
  readonly format: string;
  readonly raw: Uint8Array;
  readonly rawSha: string;
}

interface DocumentRow {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  published_source: PublishedSource | null;
  text: string;
  words: number;
  duplicate_of: string | null;
  similarity: number | null;
  minhash: number[];
  flags: DocFlag[];
  removed: Removed[];
  captions: string[];
  analysis: unknown;
  analyzed_with: string | null;
}

const json = (v: unknown) => JSON.stringify(v);

function fromRow(r: DocumentRow): StoredDocument {
  return {
    id: r.id,
    source: r.source,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: r.published,
    publishedSource: r.published_source,
    text: r.text,
    words: r.words,
    duplicateOf: r.duplicate_of,
    similarity: r.similarity,
    minhash: r.minhash,
    flags: r.flags,
    removed: r.removed,
    captions: r.captions,
    analysis: r.analysis,
    analyzedWith: r.analyzed_with,
  };
}

export async function documentExists(db: Queryable, id: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM documents WHERE id = $1', [id]);
  return r.rows.length > 0;
}

/** What each of these sources produced last time: document and raw-bytes key, in one query for a batch. */
export async function findSources(
  db: Queryable,
  sources: readonly string[],
): Promise<Map<string, { docId: string; rawSha: string }>> {
  const out = new Map<string, { docId: string; rawSha: string }>();
  if (sources.length === 0) return out;
  const r = await db.query<{ source: string; doc_id: string; raw_sha: string }>(
    'SELECT source, doc_id, raw_sha FROM sources WHERE source = ANY($1::text[])',
    [sources],
  );
  for (const row of r.rows) out.set(row.source, { docId: row.doc_id, rawSha: row.raw_sha });
  return out;
}

/**
 * Stores a document, its LSH bands and the source that produced it in ONE statement (data-modifying
 * CTEs), which PostgreSQL runs atomically: a crash leaves all of it or none, with one round trip
 * instead of a transaction of several. If the document is already stored (same identity), only the
 * source is recorded. Returns whether the document was new.
 */
export async function insertDocument(
  db: Queryable,
  doc: StoredDocument,
  bandKeys: readonly string[],
  src: SourceRow,
): Promise<boolean> {
  const r = await db.query<{ inserted: number }>(
    `WITH d AS (
       INSERT INTO documents (id, source, title, outlet, url, published, published_source, text, words,
         duplicate_of, similarity, minhash, flags, removed, captions, analysis, analyzed_with)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13::jsonb,$14::jsonb,$15::jsonb,$16::json,$17)
       ON CONFLICT (id) DO NOTHING
       RETURNING id
     ), b AS (
       INSERT INTO doc_bands (band, hash, doc_id)
       SELECT (k.i - 1)::smallint, k.hash, d.id FROM d, unnest($18::text[]) WITH ORDINALITY AS k (hash, i)
       ON CONFLICT DO NOTHING
     ), s AS (
       INSERT INTO sources (source, doc_id, format, raw, raw_sha) VALUES ($19, $1, $20, $21, $22)
       ON CONFLICT (source) DO UPDATE SET doc_id = EXCLUDED.doc_id, format = EXCLUDED.format,
         raw = EXCLUDED.raw, raw_sha = EXCLUDED.raw_sha, ingested_at = now()
     )
     SELECT count(*)::int AS inserted FROM d`,
    [
      doc.id,
      doc.source,
      doc.title,
      doc.outlet,
      doc.url,
      doc.published,
      doc.publishedSource,
      doc.text,
      doc.words,
      doc.duplicateOf,
      doc.similarity,
      pgArray(doc.minhash),
      json(doc.flags),
      json(doc.removed),
      json(doc.captions),
      json(doc.analysis),
      doc.analyzedWith,
      pgArray(bandKeys),
      src.source,
      src.format,
      src.raw,
      src.rawSha,
    ],
  );
  return (r.rows[0]?.inserted ?? 0) > 0;
}

/** Documents sharing at least one LSH band with the signature, with their signatures. */
export async function bandCandidates(
  db: Queryable,
  bandKeys: readonly string[],
): Promise<{ id: string; minhash: number[]; duplicateOf: string | null }[]> {
  return bandCandidatesOfMany(db, [bandKeys]);
}

/**
 * Documents sharing at least one LSH band with ANY of the signatures, in ingest order: one query
 * (one round trip, one plan) for a batch of pending articles instead of one per article. Each
 * (band, hash) pair is an index probe on the doc_bands primary key. Callers keep, for each
 * article, the candidates sharing one of its own bands.
 */
export async function bandCandidatesOfMany(
  db: Queryable,
  bandKeysOfEach: readonly (readonly string[])[],
): Promise<{ id: string; minhash: number[]; duplicateOf: string | null }[]> {
  const bandNos: number[] = [];
  const hashes: string[] = [];
  for (const keys of bandKeysOfEach)
    keys.forEach((k, i) => {
      bandNos.push(i);
      hashes.push(k);
    });
  if (hashes.length === 0) return [];
  const r = await db.query<{ id: string; minhash: number[]; duplicate_of: string | null }>(
    `SELECT d.id, d.minhash, d.duplicate_of FROM documents d
     WHERE d.id IN (SELECT b.doc_id FROM doc_bands b
                    JOIN unnest($1::smallint[], $2::text[]) AS k (band, hash) ON b.band = k.band AND b.hash = k.hash)
     ORDER BY d.seq`,
    [pgArray(bandNos), pgArray(hashes)],
  );
  return r.rows.map((row) => ({ id: row.id, minhash: row.minhash, duplicateOf: row.duplicate_of }));
}

/**
 * An array literal for elements that need no quoting (numbers, band keys of digits, '-' and ':'):
 * both drivers pass a string through as is, where PGlite's own array serializer walks the array
 * value by value.
 */
function pgArray(xs: readonly (number | string)[]): string {
  return `{${xs.join(',')}}`;
}

export async function updateAnalysis(
  db: Queryable,
  id: string,
  analysis: unknown,
  analyzedWith: string,
  flags: readonly DocFlag[],
): Promise<void> {
  await db.query(
    'UPDATE documents SET analysis = $2::json, analyzed_with = $3, flags = $4::jsonb WHERE id = $1',
    [id, json(analysis), analyzedWith, json(flags)],
  );
}

/** All documents in ingest order. Rows are read in pages so a large store is not one giant result. */
export async function* allDocuments(db: Queryable, pageSize = 500): AsyncGenerator<StoredDocument> {
  let after = 0;
  for (;;) {
    const r = await db.query<DocumentRow & { seq: string }>(
      'SELECT * FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, pageSize],
    );
    for (const row of r.rows) yield fromRow(row);
    const last = r.rows.at(-1);
    if (!last || r.rows.length < pageSize) return;
    after = Number(last.seq);
  }
}

export interface StoreStats {
  readonly documents: number;
  readonly duplicates: number;
  readonly sources: number;
  readonly words: number;
  readonly undated: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export async function storeStats(db: Queryable): Promise<StoreStats> {
  const r = await db.query<{
    documents: number;
    duplicates: number;
    words: number;
    undated: number;
    first: string | null;
    last: string | null;
  }>(
    `SELECT count(*)::int AS documents, count(duplicate_of)::int AS duplicates,
            coalesce(sum(words), 0)::int AS words, count(*) FILTER (WHERE published IS NULL)::int AS undated,
            min(published) AS first, max(published) AS last FROM documents`,
  );
  const s = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sources');
  const row = r.rows[0];
  return {
    documents: row?.documents ?? 0,
    duplicates: row?.duplicates ?? 0,
    sources: s.rows[0]?.n ?? 0,
    words: row?.words ?? 0,
    undated: row?.undated ?? 0,
    firstPublished: row?.first ?? null,
    lastPublished: row?.last ?? null,
  };
}
