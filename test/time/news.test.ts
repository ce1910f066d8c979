import { describe, expect, it } from 'vitest';
import { expr, times } from './helpers.ts';

// All sentences are resolved against a Wednesday article: 2025-11-26.
describe('weekdays in news narration', () => {
  it('past tense: the most recent such day', () => {
    const s = 'The foreign minister said on Tuesday that the delegation had returned from Geneva.';
    const t = expr(s, 'Tuesday');
    expect(t.value).toBe('2025-11-25');
    expect(t.rule).toBe('weekday-past');
    expect(t.anchor).toBe('2025-11-26');
  });
  it('a weekday in a Wednesday article is that day when narrated in the past', () => {
    expect(expr('Negotiators met on Wednesday in Abu Dhabi.', 'Wednesday').value).toBe('2025-11-26');
  });
  it('past tense with a part of day', () => {
    const t = expr('The president told reporters Tuesday evening that a deal was close.', 'Tuesday evening');
    expect(t.type).toBe('TIME');
    expect(t.value).toBe('2025-11-25');
  });
  it('future tense: the next one', () => {
    expect(
      expr('The envoy will travel to Moscow on Friday for talks with the Kremlin.', 'Friday').value,
    ).toBe('2025-11-28');
    expect(expr('A second round is scheduled to begin Monday in Miami.', 'Monday').value).toBe('2025-12-01');
  });
  it('keeps past and future apart in one sentence', () => {
    const s = 'The adviser said on Monday that the delegations would meet again on Thursday.';
    expect(expr(s, 'Monday').value).toBe('2025-11-24');
    expect(expr(s, 'Thursday').value).toBe('2025-11-27');
  });
  it('"last Friday" and "next Tuesday"', () => {
    expect(expr('The draft was leaked last Friday.', 'last Friday').value).toBe('2025-11-21');
    expect(expr('Officials hope to sign the framework next Tuesday.', 'next Tuesday').value).toBe(
      '2025-12-02',
    );
  });
  it('a deadline: "until Thursday" is the nearest Thursday', () => {
    expect(expr('Washington gave Kyiv until Thursday to respond to the plan.', 'Thursday').value).toBe(
      '2025-11-27',
    );
  });
});

describe('month and day without a year', () => {
  it('takes the year nearest the publication date', () => {
    expect(expr('The talks opened on Oct. 14 in Doha.', 'Oct. 14').value).toBe('2025-10-14');
    expect(expr('The summit was held Nov 24 in Geneva.', 'Nov 24').value).toBe('2025-11-24');
  });
  it('looks forward across the new year in the future tense', () => {
    expect(expr('The ceasefire will take effect on Jan. 5, the ministry said.', 'Jan. 5').value).toBe(
      '2026-01-05',
    );
  });
  it('looks back across the new year in the past tense', () => {
    // Published 10 January 2026: a past-tense "Dec. 20" is last month, in the previous year.
    expect(
      expr('The first proposal was drafted on Dec. 20 by a small team.', 'Dec. 20', '2026-01-10').value,
    ).toBe('2025-12-20');
    // Ten months back in the past tense stays in the same year.
    expect(expr('The first proposal was drafted on Feb. 20 by a small team.', 'Feb. 20').value).toBe(
      '2025-02-20',
    );
  });
  it('keeps near-future dates reported in the past tense in the near future', () => {
    expect(expr('The board extended the offer to Dec. 12.', 'Dec. 12').value).toBe('2025-12-12');
    expect(expr('Trump gave Ukraine until November 27 to accept the framework.', 'November 27').value).toBe(
      '2025-11-27',
    );
  });
  it('reads explicit years and day-first dates', () => {
    expect(expr('The memorandum was signed on 5 December 1994 in Budapest.', '5 December 1994').value).toBe(
      '1994-12-05',
    );
    expect(expr('Russia invaded on Feb. 24, 2022.', 'Feb. 24, 2022').value).toBe('2022-02-24');
  });
});

describe('weeks, months, years and ranges', () => {
  it('ISO weeks for last/this/next week', () => {
    const s = 'Envoys met in Geneva last week, are in Abu Dhabi this week and will be in Moscow next week.';
    expect(expr(s, 'last week').value).toBe('2025-W47');
    expect(expr(s, 'this week').value).toBe('2025-W48');
    expect(expr(s, 'next week').value).toBe('2025-W49');
  });
  it('approximate ranges', () => {
    const a = expr('The plan was first floated earlier this year.', 'earlier this year');
    expect(a.value).toEqual({ from: '2025-01-01', to: '2025-11-26' });
    expect(a.approximate).toBe(true);
    expect(expr('The envoy visited the Kremlin late last month.', 'late last month').value).toEqual({
      from: '2025-10-21',
      to: '2025-10-31',
    });
    expect(expr('A vote is expected in early December.', 'early December').value).toEqual({
      from: '2025-12-01',
      to: '2025-12-10',
    });
    const c = expr('More meetings are expected in the coming days.', 'the coming days');
    expect(c.granularity).toBe('range');
    expect(c.approximate).toBe(true);
  });
  it('months and years', () => {
    expect(expr('The invasion began in February 2022.', 'February 2022').value).toBe('2022-02');
    expect(expr('Prices rose sharply in Feb. 2022 as well.', 'Feb. 2022').value).toBe('2022-02');
    expect(expr('Crimea was annexed in 2014.', '2014').value).toBe('2014');
    const d = expr('The alliance expanded eastward in the 1990s.', '1990s');
    expect(d.granularity).toBe('decade');
    expect(d.value).toEqual({ from: '1990', to: '1999' });
  });
  it('yesterday, today, tomorrow, tonight', () => {
    const s =
      'The minister arrived yesterday, meets the president today, flies home tomorrow and speaks tonight.';
    expect(expr(s, 'yesterday').value).toBe('2025-11-25');
    expect(expr(s, 'today').value).toBe('2025-11-26');
    expect(expr(s, 'tomorrow').value).toBe('2025-11-27');
    expect(expr(s, 'tonight').value).toBe('2025-11-26');
  });
  it('"two weeks ago" is an ISO week', () => {
    expect(expr('The leak came two weeks ago.', 'two weeks ago').value).toBe('2025-W46');
  });
});

describe('holidays', () => {
  it('US Thanksgiving and Western Christmas', () => {
    const t = expr('The White House wants a deal by Thanksgiving.', 'Thanksgiving');
    expect(t.value).toBe('2025-11-27');
    expect(t.rule).toBe('holiday:thanksgiving-us');
    expect(expr('Both sides hope to agree before Christmas.', 'Christmas').value).toBe('2025-12-25');
  });
  it('Orthodox Christmas and both Easters', () => {
    expect(expr('A truce is planned for Orthodox Christmas.', 'Orthodox Christmas').value).toBe('2026-01-07');
    expect(
      expr('An Easter truce was declared in April 2025, around Orthodox Easter 2025.', 'Orthodox Easter 2025')
        .value,
    ).toBe('2025-04-20');
    expect(expr('The exchange will happen before Easter.', 'Easter').value).toBe('2026-04-05');
  });
});

describe('durations, sets, times and timestamps', () => {
  it('durations with ISO values, not dates', () => {
    const war = expr('The nearly four-year war has killed tens of thousands.', 'four-year');
    expect(war.type).toBe('DURATION');
    expect(war.duration).toBe('P4Y');
    expect(war.value).toBeNull();
    expect(war.approximate).toBe(true);
    expect(expr('The talks lasted five hours.', 'five hours').duration).toBe('PT5H');
    expect(expr('Kyiv has two weeks to respond.', 'two weeks').duration).toBe('P2W');
    expect(expr('Shelling continued for 24 hours.', '24 hours').duration).toBe('PT24H');
  });
  it('generic "now", "recently", "currently" carry no date', () => {
    const s =
      'Officials now say the text is final; they recently dropped a clause and are currently reviewing it.';
    for (const w of ['now', 'recently', 'currently']) expect(expr(s, w).value).toBeNull();
  });
  it('sets', () => {
    const t = expr('The two teams talk daily by phone.', 'daily');
    expect(t.type).toBe('SET');
    expect(t.duration).toBe('P1D');
  });
  it('timestamps and clock times', () => {
    const t = expr('Posted 2025-11-26 21:04:00 by the desk.', '2025-11-26 21:04:00');
    expect(t.type).toBe('TIME');
    expect(t.value).toBe('2025-11-26');
    const c = expr('The statement came at 3 p.m. on Tuesday, aides said.', '3 p.m.');
    expect(c.value).toBe('2025-11-25');
  });
  it('text is always the exact slice', () => {
    const s = 'On Monday, Oct. 13, and again last week, the envoy met officials; talks resume in 2026.';
    for (const t of times(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('without a publication date', () => {
  it('relative expressions stay unresolved, absolute ones resolve', () => {
    const s =
      'The envoy said on Tuesday that the plan, first drafted in February 2022, was revised last week.';
    expect(expr(s, 'Tuesday', null).value).toBeNull();
    expect(expr(s, 'last week', null).value).toBeNull();
    expect(expr(s, 'February 2022', null).value).toBe('2022-02');
    expect(expr(s, 'Tuesday', null).anchor).toBeNull();
  });
});
