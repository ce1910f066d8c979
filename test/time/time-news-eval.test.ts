import { describe, expect, it } from 'vitest';
import { findOccurrence, newsMetrics, parseGold, sameValue, scoreNewsDoc } from '../../src/eval/time-news.ts';

describe('time-news scoring', () => {
  const text = 'Envoys met on Monday and will meet again next Monday; a Monday-night call followed.';
  it('finds whole-word occurrences only', () => {
    expect(findOccurrence(text, 'Monday', 1)).toBe(14);
    expect(findOccurrence(text, 'Monday', 2)).toBe(text.indexOf('next Monday') + 5);
    expect(findOccurrence('Mondays and Monday', 'Monday', 1)).toBe(12);
    expect(findOccurrence(text, 'Friday')).toBe(-1);
  });
  it('reads gold files and rejects annotations missing from the text', () => {
    const d = parseGold(
      text,
      JSON.stringify({
        published: '2025-11-26',
        times: [{ text: 'Monday', occurrence: 2, type: 'DATE', value: '2025-12-01' }],
      }),
    );
    expect(d.gold[0]?.start).toBe(text.indexOf('next Monday') + 5);
    expect(d.publishedInferred).toBe('2025-11-26');
    expect(() =>
      parseGold(
        text,
        JSON.stringify({ published: null, times: [{ text: 'Friday', type: 'DATE', value: null }] }),
      ),
    ).toThrow(/Friday/);
  });
  it('compares Date forms structurally', () => {
    expect(
      sameValue({ from: '2025-11-21', to: '2025-11-30' }, { from: '2025-11-21', to: '2025-11-30' }),
    ).toBe(true);
    expect(sameValue({ from: '2025-11-21', to: '2025-11-30' }, '2025-11')).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(null, '2025')).toBe(false);
  });
  it('matches by overlap one-to-one and counts type and value on matches', () => {
    const gold = [
      { start: 0, end: 6, type: 'DATE', value: '2025-11-24' },
      { start: 10, end: 19, type: 'TIME', value: '2025-11-24' },
      { start: 30, end: 36, type: 'DURATION', value: null },
    ];
    const sys = [
      { start: 0, end: 6, type: 'DATE', value: '2025-11-24' },
      { start: 10, end: 16, type: 'DATE', value: '2025-11-17' },
      { start: 12, end: 19, type: 'TIME', value: '2025-11-24' },
      { start: 50, end: 54, type: 'DATE', value: '2025' },
    ];
    const c = { gold: 0, sys: 0, matched: 0, typeOk: 0, valueOk: 0, docs: 0, pubOk: 0 };
    const misses = scoreNewsDoc(gold, sys, c);
    expect(c).toMatchObject({ gold: 3, sys: 4, matched: 2, typeOk: 2, valueOk: 2 });
    expect(misses.map((m) => m.why).sort()).toEqual(['missed', 'spurious', 'spurious']);
    const m = newsMetrics(c);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.valueAcc).toBe(1);
  });
});
