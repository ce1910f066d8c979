import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ingest/markdown.ts';

describe('parseMarkdown', () => {
  it('reads YAML front matter; an unquoted date becomes YYYY-MM-DD', () => {
    const md =
      '---\ntitle: "Paris talks: what the US offered"\noutlet: Harbour Ledger\nurl: https://h.example/p\npublished: 2025-04-18\n---\n\nPARIS — Rubio met European officials on Thursday.\n';
    const r = parseMarkdown(md);
    expect(r).toEqual({
      title: 'Paris talks: what the US offered',
      outlet: 'Harbour Ledger',
      url: 'https://h.example/p',
      published: '2025-04-18',
      body: '\nPARIS — Rubio met European officials on Thursday.\n',
    });
  });

  it('accepts quoted and timestamped dates', () => {
    expect(parseMarkdown('---\npublished: "2025-12-03T09:00:00Z"\n---\nText.').published).toBe('2025-12-03');
    expect(parseMarkdown('---\npublished: 2025-12-03T23:30:00+03:00\n---\nText.').published).toMatch(
      /^2025-12-0[23]$/,
    );
  });

  it('returns the whole text when there is no front matter', () => {
    expect(parseMarkdown('# Title\n\nBody.')).toEqual({
      body: '# Title\n\nBody.',
      title: null,
      outlet: null,
      url: null,
      published: null,
    });
  });

  it('rejects bad front matter with an error naming the problem', () => {
    expect(() => parseMarkdown('---\ntitle: [unclosed\n---\nBody')).toThrow(/front matter: invalid YAML/);
    expect(() => parseMarkdown('---\npublished: next Tuesday\n---\nBody')).toThrow(
      /"published" is not a date/,
    );
    expect(() => parseMarkdown('---\ntitle: a\nno closing line')).toThrow(/no closing "---"/);
    expect(() => parseMarkdown('---\n- a\n- b\n---\nBody')).toThrow(/expected a mapping/);
    expect(() => parseMarkdown('---\ntitle: [a, b]\n---\nBody')).toThrow(/"title" must be text/);
  });
});
