import { describe, expect, it } from 'vitest';
import { mergeQuotes, normalizeQuote } from '../../src/corpus/quotes.ts';
import { quotesOf } from './run.ts';

const wire =
  '“We are close to an agreement, but the last points are always the hardest ones,” Trump told reporters on Tuesday.';
const followUp =
  'In Washington, the president was upbeat. “We are close to an agreement,” Trump told reporters, “but the last points are always the hardest ones.”';
const cut =
  'The president struck a hopeful note. Trump said: “the last points are always the hardest ones.” Kyiv did not comment.';

describe('mergeQuotes', () => {
  it('normalizes typography and case', () => {
    expect(normalizeQuote('“We’re CLOSE,” he said')).toBe("we're close he said");
  });

  it('joins the same quote carried by several articles, first reporter first', () => {
    const merged = mergeQuotes([
      { doc: 'b', published: '2025-11-27', quotes: quotesOf(cut, '2025-11-27') },
      { doc: 'a', published: '2025-11-25', quotes: quotesOf(wire, '2025-11-25') },
    ]);
    const q = merged.find((m) => m.text.includes('hardest'));
    expect(q?.occurrences.map((o) => o.doc)).toEqual(['a', 'b']);
    expect(q?.doc).toBe('a');
    expect(q?.speaker).toBe('donald-trump');
    expect(q?.id).toMatch(/^q-[0-9a-f]{16}$/);
    expect(q?.occurrences[1]?.text).toBe('the last points are always the hardest ones.');
  });

  it('matches a split quote against the whole one by its text', () => {
    const merged = mergeQuotes([
      { doc: 'a', published: '2025-11-25', quotes: quotesOf(wire, '2025-11-25') },
      { doc: 'c', published: '2025-11-26', quotes: quotesOf(followUp, '2025-11-26') },
    ]);
    const direct = merged.filter((m) => m.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]?.occurrences.map((o) => o.doc)).toEqual(['a', 'c']);
  });

  it('keeps different quotes apart and is deterministic', () => {
    const docs = [
      { doc: 'a', published: '2025-11-25', quotes: quotesOf(wire, '2025-11-25') },
      {
        doc: 'd',
        published: '2025-11-25',
        quotes: quotesOf('“Nothing has been agreed until everything is agreed,” Kallas said.'),
      },
    ];
    const one = mergeQuotes(docs);
    expect(one.filter((m) => m.kind === 'direct')).toHaveLength(2);
    expect(JSON.stringify(mergeQuotes([...docs].reverse()))).toBe(JSON.stringify(one));
  });
});
