import { describe, expect, it } from 'vitest';
import { locate, type Scored, scorePersons } from '../../src/eval/actors-news.ts';

const g = (start: number, end: number, actor: string): Scored => ({ doc: 'd', start, end, actor });

describe('actors-news scoring', () => {
  it('locates the nth occurrence of a gold mention', () => {
    expect(locate('Vance met Vance.', { text: 'Vance', occurrence: 1, actor: 'jd-vance' })).toEqual({
      start: 10,
      end: 15,
    });
    expect(() => locate('Vance.', { text: 'Rubio', actor: 'marco-rubio' })).toThrow(/not in the text/);
  });

  it('needs the right pack id, and pairs new people one-to-one', () => {
    const gold = [g(0, 5, 'jd-vance'), g(10, 15, 'new:Ann Lee'), g(20, 23, 'new:Ann Lee')];
    const pred = [
      g(0, 5, 'marco-rubio'),
      g(10, 15, 'new:ann-lee'),
      g(20, 23, 'new:ann-lee'),
      g(30, 34, 'new:x'),
    ];
    const s = scorePersons(gold, pred, (id) => !id.startsWith('new:'));
    expect(s.rightMentions).toBe(2);
    expect(s.rightPredicted).toBe(2);
    expect(s.falsePositives.map((p) => p.actor)).toEqual(['new:x']);
    expect(s.wrongActor.map((w) => w.pred)).toEqual(['marco-rubio']);
    expect(s.rightPersons).toBe(1);
  });

  it('counts splits and false merges', () => {
    const gold = [g(0, 5, 'new:A'), g(10, 15, 'new:A'), g(20, 25, 'new:B')];
    const split = scorePersons(
      gold,
      [g(0, 5, 'new:a'), g(10, 15, 'new:a2'), g(20, 25, 'new:b')],
      () => false,
    );
    expect(split.splits).toHaveLength(1);
    const merged = scorePersons(
      gold,
      [g(0, 5, 'new:a'), g(10, 15, 'new:a'), g(20, 25, 'new:a')],
      () => false,
    );
    expect(merged.merges).toHaveLength(1);
    expect(merged.rightMentions).toBe(2);
  });
});
