import { describe, expect, it } from 'vitest';
import {
  emptyNewsScore,
  newsMetrics,
  type Pred,
  scoreNewsDoc,
  speakerMatches,
} from '../../src/eval/quotes-news.ts';
import { find, quotesOf } from './run.ts';

const pred = (
  s: number,
  e: number,
  kind: 'direct' | 'indirect',
  speaker: string | null,
  extra: Partial<Pred> = {},
): Pred => ({
  ranges: [[s, e]],
  kind,
  speaker,
  speakerText: null,
  unnamedSide: undefined,
  scare: false,
  ...extra,
});

describe('quotes-news scoring', () => {
  const text = 'Peskov said “we will wait” and that Moscow saw no rush.';
  const gold = [
    { text: 'we will wait', kind: 'direct' as const, speaker: 'dmitry-peskov', scare: false },
    { text: 'Moscow saw no rush', kind: 'indirect' as const, speaker: 'dmitry-peskov', scare: false },
  ];
  it('matches by overlap and scores speakers, kinds and false positives', () => {
    const sc = emptyNewsScore();
    const d = text.indexOf('we will');
    scoreNewsDoc('t', text, gold, [pred(d, d + 12, 'direct', 'russia'), pred(0, 6, 'indirect', null)], sc);
    const m = newsMetrics(sc);
    expect(m.directRecall).toBe(1);
    expect(m.speakerAccuracy).toBe(0);
    expect(m.reportedRecall).toBe(0);
    expect(m.reportedPrecision).toBe(0);
  });
  it('matches unnamed sources by side and unknown speakers by name', () => {
    expect(speakerMatches('unnamed:russia', pred(0, 1, 'direct', null, { unnamedSide: 'russia' }))).toBe(
      true,
    );
    expect(speakerMatches('unnamed:russia', pred(0, 1, 'direct', null, { unnamedSide: null }))).toBe(false);
    expect(speakerMatches('unnamed:?', pred(0, 1, 'direct', null, { unnamedSide: null }))).toBe(true);
    expect(
      speakerMatches('text:Al Thani', pred(0, 1, 'direct', null, { speakerText: 'Mohammed Al Thani' })),
    ).toBe(true);
  });
  it('throws when a gold text is not in the passage', () => {
    expect(() =>
      scoreNewsDoc('t', text, [{ ...gold[0], text: 'absent' } as never], [], emptyNewsScore()),
    ).toThrow(/absent/);
  });
});

describe('attribution fixes on news copy', () => {
  it('resolves a pronoun to the previous sentence subject, not the latest name', () => {
    const qs = quotesOf(
      'Andriy Yermak, Zelensky’s chief of staff, said the delegation had won changes. “Our position is firm,” he said.',
    );
    expect(find(qs, 'Our position', 'direct').speaker).toBe('andriy-yermak');
  });
  it('attributes a quote opened by a colon after a non-speech verb', () => {
    const qs = quotesOf(
      'In Kyiv, Volodymyr Zelensky sounded hopeful: “We are close to a text that works for us.”',
    );
    expect(find(qs, 'We are close', 'direct').speaker).toBe('volodymyr-zelensky');
  });
  it('finds the cue of a second quote before the first quote', () => {
    const qs = quotesOf('Donald Trump wrote that talks went “very well” and that “a deal may come soon.”');
    expect(find(qs, 'a deal may come', 'direct').speaker).toBe('donald-trump');
  });
  it('joins the two halves of reported speech around a mid-sentence cue', () => {
    const qs = quotesOf('The Europeans, Sergei Lavrov said, had written their plan to stall the process.');
    const q = find(qs, 'The Europeans', 'indirect');
    expect(q.speaker).toBe('sergei-lavrov');
    expect(q.parts?.[1] && qs[0]?.text.endsWith('process')).toBe(true);
  });
  it('dates a statement by the time governing its cue, not one inside the statement', () => {
    const qs = quotesOf(
      'Dmitry Peskov told reporters on Monday that talks would resume on Friday.',
      '2025-11-26',
    );
    const q = find(qs, 'talks would resume', 'indirect');
    expect(q.date).toBe('2025-11-24');
  });
  it('keeps a period-ending quote away from the next sentence’s cue (negative)', () => {
    const qs = quotesOf(
      'Officials welcomed the so-called “quiet track.” Friedrich Merz wrote on X that Europe needs a seat.',
    );
    const q = find(qs, 'quiet track', 'direct');
    expect(q.speaker).toBeNull();
    expect(q.scare).toBe(true);
  });
});
