import { describe, expect, it } from 'vitest';
import { baselineClean, normalizeForScore, scoreLines } from '../../src/eval/clean.ts';

describe('clean evaluation scoring', () => {
  const lines = [
    { line: 1, label: 'boilerplate' as const, text: 'Advertisement' },
    { line: 2, label: 'content' as const, text: 'Rubio said the talks were **productive**.' },
    { line: 3, label: 'content' as const, text: 'Russia has not seen the text.' },
    { line: 4, label: 'content' as const, text: 'Russia has not seen the text.', duplicate: true },
    { line: 5, label: 'boilerplate' as const, text: 'Read more about the talks in Geneva this week' },
  ];

  it('normalizes markdown and punctuation away', () => {
    expect(normalizeForScore('Rubio said the talks were **productive**. [More](x)')).toBe(
      'rubio said the talks were productive more',
    );
  });

  it('counts kept content, removed boilerplate and duplicates kept once', () => {
    const s = scoreLines(lines, 'Rubio said the talks were productive.\n\nRussia has not seen the text.');
    expect(s).toMatchObject({
      content: 3,
      contentKept: 3,
      boilerplate: 2,
      boilerplateRemoved: 2,
      duplicates: 1,
      duplicatesOnce: 1,
    });
  });

  it('penalises lost content, kept boilerplate and repeated paragraphs', () => {
    const s = scoreLines(
      lines,
      'Advertisement\n\nRussia has not seen the text.\n\nRussia has not seen the text.\n\nRead more about the talks in Geneva this week',
    );
    expect(s).toMatchObject({ contentKept: 2, boilerplateRemoved: 0, duplicatesOnce: 0 });
  });

  it('scores a drop cap labelled on its own line as kept when its word survives whole', () => {
    const capped = [
      { line: 1, label: 'content' as const, text: 'T' },
      { line: 2, label: 'content' as const, text: 'he delegates met again at dawn.' },
    ];
    expect(scoreLines(capped, 'The delegates met again at dawn.').contentKept).toBe(2);
    // The story opening on "he delegates" has lost its first word.
    expect(scoreLines(capped, 'he delegates met again at dawn.').contentKept).toBe(1);
  });

  it('does not count a short boilerplate word found inside a content paragraph as kept', () => {
    const s = scoreLines([{ line: 1, label: 'boilerplate', text: 'World' }], 'The world is watching Geneva.');
    expect(s.boilerplateRemoved).toBe(1);
  });

  it('scores a related-list copy of the headline by counting copies, not by presence', () => {
    const headline = 'Harbour strike ends after pay deal';
    const labelled = [
      { line: 1, label: 'content' as const, text: headline },
      { line: 9, label: 'boilerplate' as const, text: headline },
    ];
    expect(scoreLines(labelled, `${headline}\n\nDockers return on Monday.`).boilerplateRemoved).toBe(1);
    expect(scoreLines(labelled, `${headline}\n\nDockers return.\n\n${headline}`).boilerplateRemoved).toBe(0);
  });

  it('baseline keeps lines of eight words or more', () => {
    expect(baselineClean('Share this\nThe plan would cap the army at 600,000 troops.')).toBe(
      'The plan would cap the army at 600,000 troops.',
    );
  });
});

describe('clean evaluation: pieces of a flattened line', () => {
  it('scores each labelled piece of one line on its own', () => {
    const pieces = [
      { line: 3, label: 'content' as const, text: 'Mediators handed over a plan.', part: true },
      {
        line: 3,
        label: 'boilerplate' as const,
        text: 'Delegates arrive in Cairo. REUTERS/Sami Fadel',
        part: true,
      },
      { line: 3, label: 'content' as const, text: 'Troops would pull back.', part: true },
    ];
    const cut = scoreLines(pieces, 'Mediators handed over a plan. Troops would pull back.');
    expect(cut).toMatchObject({ contentKept: 2, boilerplateRemoved: 1 });
    const left = scoreLines(
      pieces,
      'Mediators handed over a plan. Delegates arrive in Cairo. REUTERS/Sami Fadel Troops would pull back.',
    );
    expect(left).toMatchObject({ contentKept: 2, boilerplateRemoved: 0 });
  });
});
