import { afterEach, describe, expect, it } from 'vitest';
import { bands, minhash } from '../../src/corpus/minhash.ts';
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
