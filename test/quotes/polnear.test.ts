import { describe, expect, it } from 'vitest';
import { emptyScore, metrics, parseAnn, scoreDoc } from '../../src/eval/polnear.ts';

const text = 'The plan is dead, an official said. "We will see," Smith said.';
const ann = [
  'T1\tContent 0 16\tThe plan is dead',
  'T2\tSource 18 29\tan official',
  'T3\tCue 30 34\tsaid',
  'T4\tAttribution 30 34\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tContent 36 49\t"We will see,',
  'T6\tSource 51 56\tSmith',
  'T7\tCue 57 61\tsaid',
  'T8\tAttribution 57 61\tsaid',
  'E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6',
].join('\n');

describe('PolNeAR scoring', () => {
  it('parses brat events into contents and sources', () => {
    const gold = parseAnn(ann);
    expect(gold).toHaveLength(2);
    expect(gold[0]).toEqual({ content: [[0, 16]], source: [[18, 29]] });
  });

  it('matches by half-overlap, counts exact matches and source hits', () => {
    const s = emptyScore();
    scoreDoc(
      text,
      parseAnn(ann),
      [
        { start: 0, end: 16, speaker: [18, 29] }, // exact, right source
        { start: 37, end: 48, speaker: [0, 3] }, // inside the marks: exact after trimming, wrong source
        { start: 0, end: 3, speaker: null }, // spurious (the gold it overlaps is taken)
      ],
      s,
    );
    const m = metrics(s);
    expect(m.recall).toBe(1);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.exactRecall).toBe(1);
    expect(m.sourceAccuracy).toBe(0.5);
    expect(m.quotedRecall).toBe(1);
  });

  it('does not match a prediction overlapping less than half of the shorter span', () => {
    const s = emptyScore();
    scoreDoc(text, parseAnn(ann), [{ start: 10, end: 40, speaker: null }], s);
    expect(s.matched).toBe(0);
  });
});
