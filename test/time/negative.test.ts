import { describe, expect, it } from 'vitest';
import { expr, times } from './helpers.ts';

const texts = (s: string) => times(s).map((t) => t.text);

describe('things that are not dates', () => {
  it('"May" the modal verb and "March" the noun', () => {
    expect(texts('The sanctions May be lifted if Moscow complies.')).toEqual([]);
    expect(texts('Thousands joined a March for peace in the capital.')).toEqual([]);
    expect(expr('The talks may resume in May.', 'May').value).toBe('2026-05');
  });
  it('numbered plans, articles and points', () => {
    expect(texts('The 28-point plan and its 19-point successor were discussed.')).toEqual([]);
    expect(texts('Article 5 guarantees were on the table.')).toEqual([]);
    expect(texts('Point 2014 of the list was removed.')).toEqual([]);
  });
  it('money, counts and percentages that look like years', () => {
    expect(
      texts('Some 2000 troops and $1999 in fees were cited; turnout was 2010 percent of target.'),
    ).toEqual([]);
  });
  it('"24 hours" is a duration, not a date', () => {
    const t = expr('Air-raid alerts lasted 24 hours.', '24 hours');
    expect(t.type).toBe('DURATION');
    expect(t.value).toBeNull();
  });
  it('the 1990s is a decade, 1990 a year', () => {
    expect(expr('NATO grew in the 1990s.', '1990s').granularity).toBe('decade');
    expect(expr('Germany unified in 1990.', '1990').granularity).toBe('year');
  });
  it('newspaper and event names with weekdays', () => {
    expect(texts('The Sunday Times reported the leak.')).toEqual([]);
    expect(texts('He recalled Bloody Sunday and Super Tuesday.')).toEqual([]);
  });
  it('ordinal wars and rounds', () => {
    expect(texts('The Second World War shaped the borders.')).toEqual([]);
    expect(texts('A second round of talks followed.')).toEqual([]);
  });
  it('ages are not durations', () => {
    expect(texts('A 44-year-old diplomat led the team.')).toEqual([]);
  });
  it('"Eastern" is not Easter and "Marchers" not March', () => {
    expect(texts('Eastern European leaders met Marchers outside.')).toEqual([]);
  });
  it('a relative stamp does not pin a date', () => {
    const stamp = times('2 HR AGO');
    expect(stamp.map((t) => [t.text, t.value, t.rule])).toEqual([['2 HR AGO', null, 'relative-stamp']]);
  });
});
