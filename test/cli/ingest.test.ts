import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parley, ROOT } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const article = `Negotiators return to Geneva

Envoys from both delegations met in Geneva on Sunday to revise the draft peace framework, officials said.

“We made real progress today,” the lead negotiator told reporters after the meeting. The talks will continue next week.

Advertisement

Share this article`;

describe('parley ingest', () => {
  it('ingests the examples, then reports them unchanged on a second run', async () => {
    const db = join(tmp, 'examples-db');
    const first = await parley(['ingest', 'examples', '--db', db, '--pack', 'ukraine-2025']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const m = /ingested (\d+), unchanged (\d+), near-identical (\d+), failed 0/.exec(first.stdout);
    expect(m).not.toBeNull();
    const stored = Number(m?.[1]) + Number(m?.[3]);
    expect(stored).toBeGreaterThanOrEqual(10);
    expect(Number(m?.[3])).toBeGreaterThanOrEqual(1); // the republished article

    const again = await parley(['ingest', 'examples', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`ingested 0, unchanged ${stored}, near-identical 0, failed 0`));

    const stats = await parley(['stats', '--json', '--db', db]);
    expect(JSON.parse(stats.stdout).documents).toBe(stored);
  });

  it('stores the same article once whatever path, whitespace and boilerplate it comes with', async () => {
    const db = join(tmp, 'same-db');
    writeFileSync(join(tmp, 'one.txt'), article);
    writeFileSync(
      join(tmp, 'two.txt'),
      `Menu\n\nWorld\n\n${article.replace(/ /g, '  ')}\n\nMost popular\n\nSomething else entirely`,
    );
    const r = await parley([
      'ingest',
      join(tmp, 'one.txt'),
      join(tmp, 'two.txt'),
      '--db',
      db,
      '--date',
      '2025-11-24',
    ]);
    expect(r.stdout).toContain('ingested 1, unchanged 1, near-identical 0, failed 0');
  });

  it('reads standard input', async () => {
    const db = join(tmp, 'stdin-db');
    const r = await parley(['ingest', '-', '--db', db, '--date', '2025-11-24'], { input: article });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ingested 1,');
    const out = await parley(['export', '--db', db]);
    const dossier = JSON.parse(out.stdout);
    expect(dossier.format).toBe('parley/1');
    expect(dossier.documents[0]).toMatchObject({
      source: '(stdin)',
      published: '2025-11-24',
      publishedSource: 'given',
    });
    expect(dossier.documents[0].text).toContain('Envoys from both delegations met in Geneva');
    expect(dossier.documents[0].text).not.toContain('Advertisement');
  });

  it('names each bad input and its reason, goes on with the rest, and exits non-zero', async () => {
    const bad = join(tmp, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'good.txt'), article);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]));
    const latin1 =
      'Ministers meet in Brussels\n\nForeign ministers gathered in Brussels on Monday to discuss sanctions, and a spokesman said the caf\xe9 near the venue was closed for security reasons.';
    writeFileSync(join(bad, 'latin1.txt'), Buffer.from(latin1, 'latin1'));
    writeFileSync(join(bad, 'huge.txt'), Buffer.alloc(50 * 1048576, 'a'));
    writeFileSync(join(bad, 'broken.html'), '<html><body><div><p>unclosed <b>tags <i>and <<>> nothing else');
    symlinkSync(join(bad, 'loop.txt'), join(bad, 'loop.txt'));
    const db = join(tmp, 'bad-db');
    const r = await parley([
      'ingest',
      bad,
      join(bad, 'loop.txt'),
      join(tmp, 'missing.txt'),
      '--db',
      db,
      '--date',
      '2025-11-24',
    ]);
    expect(r.code).toBe(1);
    const failed = r.stdout.split('\n').filter((l) => l.includes('failed: '));
    const reasonFor = (name: string) => failed.find((l) => l.includes(name)) ?? '';
    expect(reasonFor('empty.txt')).toMatch(/empty file/);
    expect(reasonFor('binary.txt')).toMatch(/binary file/);
    expect(reasonFor('huge.txt')).toMatch(/too large \(50\.0 MB/);
    expect(reasonFor('broken.html')).not.toBe('');
    expect(reasonFor('loop.txt')).toMatch(/cannot read/);
    expect(reasonFor('missing.txt')).toMatch(/no such file/);
    expect(r.stdout).toMatch(/ingested 2, unchanged 0, near-identical 0/); // good.txt and latin1.txt
    const out = JSON.parse((await parley(['export', '--db', db])).stdout);
    expect(out.documents.map((d: { text: string }) => d.text).join('\n')).toContain(
      'the café near the venue was closed',
    );
  });

  it('refuses an invalid --date before touching anything', async () => {
    const r = await parley([
      'ingest',
      join(ROOT, 'examples'),
      '--date',
      '2025-02-30',
      '--db',
      join(tmp, 'never'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid --date "2025-02-30"');
  });
});

describe('parley ingest --defer-analysis, then parley reanalyze', () => {
  it('stores articles without facts first, and reanalyze fills them in', async () => {
    const db = join(tmp, 'deferred-db');
    writeFileSync(join(tmp, 'deferred.txt'), article);
    const first = await parley([
      'ingest',
      join(tmp, 'deferred.txt'),
      '--db',
      db,
      '--date',
      '2025-11-24',
      '--defer-analysis',
    ]);
    expect(first.stdout).toContain('ingested 1,');
    const before = JSON.parse((await parley(['export', '--db', db])).stdout);
    expect(before.documents).toHaveLength(1);
    expect(before.places).toEqual([]);
    const re = await parley(['reanalyze', '--db', db, '--pack', 'ukraine-2025']);
    expect(re.stdout).toContain('re-analysed 1 article(s) with ukraine-2025');
    const after = JSON.parse((await parley(['export', '--db', db])).stdout);
    expect(after.places.map((p: { name: string }) => p.name)).toContain('Geneva');
    expect(after.quotes.map((q: { text: string }) => q.text)).toContain('We made real progress today');
  }, 120_000);
});
