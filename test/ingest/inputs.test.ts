import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/formats.ts';
import { expandInputs } from '../../src/ingest/inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'parley-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('expandInputs', () => {
  mkdirSync(join(root, 'feed/sub'), { recursive: true });
  mkdirSync(join(root, 'feed/.cache'), { recursive: true });
  writeFileSync(join(root, 'feed/b.txt'), 'b');
  writeFileSync(join(root, 'feed/a.md'), 'a');
  writeFileSync(join(root, 'feed/sub/c.html'), '<p>c</p>');
  writeFileSync(join(root, 'feed/sub/notes.pdf'), '%PDF');
  writeFileSync(join(root, 'feed/.cache/d.txt'), 'd');

  it('walks directories recursively, in name order, article formats only, hidden entries skipped', () => {
    const r = expandInputs([join(root, 'feed')]);
    expect(r.inputs.map((i) => (i.kind === 'file' ? i.path.slice(root.length) : '-'))).toEqual([
      '/feed/a.md',
      '/feed/b.txt',
      '/feed/sub/c.html',
    ]);
    expect(r.skipped).toBe(1);
    expect(r.errors).toEqual([]);
  });

  it('expands globs, takes - for stdin, and reports missing paths without stopping', () => {
    const r = expandInputs([
      join(root, 'feed/*.txt'),
      '-',
      join(root, 'nope.txt'),
      join(root, 'feed/*.docx'),
    ]);
    expect(r.inputs).toEqual([{ kind: 'file', path: join(root, 'feed/b.txt') }, { kind: 'stdin' }]);
    expect(r.errors.map((e) => e.reason)).toEqual([
      'no such file or directory',
      'the pattern matches no file',
    ]);
  });

  it('lists a file given twice once', () => {
    const f = join(root, 'feed/b.txt');
    expect(expandInputs([f, f]).inputs).toHaveLength(1);
  });
});

describe('readArticles (JSONL)', () => {
  it('reads one article a line and reports bad lines without losing the good ones', () => {
    const text = [
      JSON.stringify({
        text: 'Envoys met in Geneva.',
        title: 'Geneva',
        outlet: 'Wire',
        published: '2025-11-24T09:00:00Z',
      }),
      '{not json',
      JSON.stringify({ title: 'no body' }),
      '',
      JSON.stringify({ text: 'Second story.', published: 'yesterday' }),
    ].join('\n');
    const r = readArticles('feed.jsonl', text, 'jsonl');
    expect(r.articles.map((a) => [a.source, a.title, a.published, a.publishedSource])).toEqual([
      ['feed.jsonl#L1', 'Geneva', '2025-11-24', 'metadata'],
      ['feed.jsonl#L5', null, null, null],
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^feed\.jsonl#L2: invalid JSON/),
      'feed.jsonl#L3: line: needs a non-empty "text" or "html" field',
    ]);
  });
});
