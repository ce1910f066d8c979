import { describe, expect, it } from 'vitest';
import { segment, sentenceAt } from '../src/pipeline/segment/index.ts';

const text =
  'Envoy Marta Lind said on Monday that the draft "needs work." Talks resume in Oslo.\n\nThe second paragraph has one sentence.';

describe('segment', () => {
  const seg = segment(text);

  it('gives tokens whose offsets slice the text exactly', () => {
    for (const t of seg.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(seg.tokens.map((t) => t.text)).toContain('Lind');
  });

  it('splits sentences and never across paragraphs', () => {
    expect(seg.paragraphs).toHaveLength(2);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Envoy Marta Lind said on Monday that the draft "needs work."',
      'Talks resume in Oslo.',
      'The second paragraph has one sentence.',
    ]);
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('tags proper nouns', () => {
    const lind = seg.tokens.find((t) => t.text === 'Lind');
    expect(lind?.pos).toBe('PROPN');
  });

  it('finds the sentence holding an offset', () => {
    expect(sentenceAt(seg, text.indexOf('Oslo'))).toBe(1);
    expect(sentenceAt(seg, text.indexOf('second'))).toBe(2);
  });
});
