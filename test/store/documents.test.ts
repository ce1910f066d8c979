import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic.ts';
import { bands, minhash } from '../../src/corpus/minhash.ts';
import { expandInputs } from '../../src/ingest/inputs.ts';
import { ingestInputs } from '../../src/ingest/run.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compilePack } from '../../src/pipeline/analyze.ts';
import type { Db } from '../../src/store/db.ts';
import {
  allDocuments,
  bandCandidates,
  documentExists,
  findSources,
  insertDocument,
  type StoredDocument,
  storeStats,
} from '../../src/store/documents.ts';
import { migrate } from '../../src/store/migrate.ts';
import { drivers } from './helpers.ts';

const text = 'Envoys met in Geneva on Sunday to revise the draft. Both delegations called the talks useful.';

function doc(id: string, body = text): StoredDocument {
  return {
    id,
    source: `examples/${id}.txt`,
    title: 'Envoys revise the draft',
    outlet: 'Test Wire',
    url: null,
    published: '2025-11-24',
    publishedSource: 'given',
    text: body,
    words: body.split(/\s+/).length,
    duplicateOf: null,
    similarity: null,
    minhash: minhash(body),
    flags: [],
    removed: [{ text: 'Advertisement', reason: 'advertisement' }],
    captions: [],
    analysis: { sentences: 2 },
    analyzedWith: 'test',
  };
}

const src = (source: string) => ({
  source,
  format: 'text',
  raw: new TextEncoder().encode(text),
  rawSha: 'abc',
});

describe.each(drivers)('store on $name', ({ open }) => {
  let env: { db: Db; cleanup: () => Promise<void> } | undefined;
  afterEach(async () => {
    await env?.cleanup();
    env = undefined;
  });

  it('migrates once and round-trips a document with its source', async () => {
    env = await open();
    const { db } = env;
    expect(await migrate(db)).toEqual([]); // already applied on open
    const d = doc('a1');
    await db.transaction((tx) => insertDocument(tx, d, bands(d.minhash), src('examples/a1.txt')));
    const all = [];
    for await (const x of allDocuments(db)) all.push(x);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: 'a1',
      text,
      published: '2025-11-24',
      removed: d.removed,
      analysis: { sentences: 2 },
    });
    expect(all[0]?.minhash).toEqual(d.minhash);
    expect(await findSources(db, ['examples/a1.txt', 'other.txt'])).toEqual(
      new Map([['examples/a1.txt', { docId: 'a1', rawSha: 'abc' }]]),
    );
    expect((await storeStats(db)).documents).toBe(1);
  });

  it('stores nothing of a document whose transaction fails', async () => {
    env = await open();
    const { db } = env;
    const d = doc('b1');
    await expect(
      db.transaction(async (tx) => {
        await insertDocument(tx, d, bands(d.minhash), src('b1.txt'));
        throw new Error('crash mid-document');
      }),
    ).rejects.toThrow('crash mid-document');
    expect(await documentExists(db, 'b1')).toBe(false);
    expect((await findSources(db, ['b1.txt'])).size).toBe(0);
  });

  it('finds a near-identical document through shared bands', async () => {
    env = await open();
    const { db } = env;
    const long = `${text} ${'The delegations will report back to their capitals before the next round of talks. '.repeat(3)}`;
    const a = doc('c1', long);
    await db.transaction((tx) => insertDocument(tx, a, bands(a.minhash), src('c1.txt')));
    const other = minhash(`Envoys met again. ${long}`);
    const found = await bandCandidates(db, bands(other));
    expect(found.map((f) => f.id)).toEqual(['c1']);
    const unrelated = minhash(
      'A completely different story about grain exports through the Black Sea corridor.',
    );
    expect(await bandCandidates(db, bands(unrelated))).toEqual([]);
  });

  it('pages through many documents in ingest order', async () => {
    env = await open();
    const { db } = env;
    for (let i = 0; i < 7; i++) {
      const d = doc(`p${i}`, `${text} Item ${i}.`);
      await db.transaction((tx) => insertDocument(tx, d, bands(d.minhash), src(`p${i}.txt`)));
    }
    const ids: string[] = [];
    for await (const x of allDocuments(db, 3)) ids.push(x.id);
    expect(ids).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });
});

// In this file rather than test/ingest: test files run in parallel, and the PostgreSQL variant
// shares one database whose schema each test resets.
// Near-identical detection looks up the candidates of a batch of articles in one query and
// compares later articles of the batch with earlier ones in memory: these cases cross batch
// boundaries and runs, so both paths (store and in-batch) are exercised.

const tmp = mkdtempSync(join(tmpdir(), 'parley-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const pack = compilePack(loadPack('generic'));

/** A republished copy: new headline, one added closing line, the body otherwise the same. */
function republished(i: number, headline: string): string {
  const body = syntheticArticle(i, 400).split('\n\n').slice(1).join('\n\n');
  return `${headline}\n\n${body}\n\nThis story was first published by a partner agency.`;
}

const name = (n: number) => `a${String(n).padStart(3, '0')}.txt`;

async function ingest(db: Db, dir: string) {
  const summary = await ingestInputs(db, expandInputs([dir]).inputs, {
    overrides: { date: '2025-11-26' },
    maxBytes: 1048576,
    pack,
    facts: false,
    readStdin: async () => new Uint8Array(),
  });
  const rows = (
    await db.query<{ source: string; id: string; duplicate_of: string | null; raw: Uint8Array }>(
      'SELECT s.source, d.id, d.duplicate_of, s.raw FROM sources s JOIN documents d ON d.id = s.doc_id',
    )
  ).rows;
  return { summary, rows: new Map(rows.map((r) => [r.source.replace(/^.*\//, ''), r])) };
}

describe.each(drivers)('ingest on $name', ({ name: driver, open }) => {
  it('finds near-identical copies within a batch, across batches and across runs, and keeps the raw bytes', async () => {
    const dir = join(tmp, `in-${driver}`);
    mkdirSync(dir);
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, name(i)), syntheticArticle(i, 400));
    // Same batch as its original (a002), a later batch than its original (a003), a copy of a copy.
    writeFileSync(join(dir, name(5)), republished(2, 'Negotiators return to the table after a pause'));
    writeFileSync(join(dir, name(30)), republished(3, 'Delegations report progress on the draft'));
    writeFileSync(join(dir, name(31)), republished(2, 'Second reprint of the report on the talks'));
    // The same article as a010 with other whitespace: the same document, not a copy.
    writeFileSync(join(dir, name(35)), `  ${syntheticArticle(10, 400).replace(/\n\n/g, '\n\n\n')}\n`);

    const { db, cleanup } = await open();
    try {
      const first = await ingest(db, dir);
      expect(first.summary.failed).toEqual([]);
      const near = Object.fromEntries(
        first.summary.nearIdentical.map((n) => [n.source.replace(/^.*\//, ''), n.of]),
      );
      const idOf = (n: number) => first.rows.get(name(n))?.id;
      expect(near).toEqual({ [name(5)]: idOf(2), [name(30)]: idOf(3), [name(31)]: idOf(2) });
      expect(first.summary.unchanged.map((u) => u.source.replace(/^.*\//, ''))).toEqual([name(35)]);
      expect(idOf(35)).toBe(idOf(10));
      expect(first.summary.ingested).toHaveLength(36);
      expect(first.rows.get(name(31))?.duplicate_of).toBe(idOf(2));
      expect(first.rows.get(name(7))?.duplicate_of).toBeNull();
      expect(Buffer.from(first.rows.get(name(30))?.raw ?? []).equals(readFileSync(join(dir, name(30))))).toBe(
        true,
      );

      // A later run: a new copy of a003 is matched against what the store holds.
      const later = join(tmp, `later-${driver}`);
      mkdirSync(later);
      writeFileSync(join(later, 'reprint.txt'), republished(3, 'Talks go on, officials say'));
      writeFileSync(join(later, 'fresh.txt'), syntheticArticle(500, 400));
      const second = await ingest(db, later);
      expect(second.summary.nearIdentical.map((n) => [n.source.replace(/^.*\//, ''), n.of])).toEqual([
        ['reprint.txt', idOf(3)],
      ]);
      expect(second.summary.ingested.map((n) => n.source.replace(/^.*\//, ''))).toEqual(['fresh.txt']);
    } finally {
      await cleanup();
    }
  }, 120_000);
});
