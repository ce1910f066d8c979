import { describe, expect, it } from 'vitest';
import { segment } from '../../src/pipeline/segment/index.ts';
import { inferPublished } from '../../src/pipeline/time/index.ts';
import { expr, times } from './helpers.ts';

// Resolved against Wednesday 2025-11-26 unless a date is given.
describe('parts of the current period', () => {
  it('"the end of the month/year/week" and "earlier in the week"', () => {
    expect(expr('A deal could be signed before the end of the month.', 'the end of the month').value).toEqual(
      {
        from: '2025-11-21',
        to: '2025-11-30',
      },
    );
    expect(expr('Leaders hope to meet before the end of the year.', 'the end of the year').value).toBe(
      '2025-12',
    );
    expect(expr('Moscow will answer by the end of the week.', 'the end of the week').value).toEqual({
      from: '2025-11-28',
      to: '2025-11-30',
    });
    expect(expr('Earlier in the week the envoys met in Miami.', 'Earlier in the week').value).toEqual({
      from: '2025-11-24',
      to: '2025-11-26',
    });
    expect(expr('Putin spoke to a forum earlier in the day.', 'earlier in the day').value).toBe('2025-11-26');
  });
  it('"the end of this year" is its last month too', () => {
    expect(expr('The framework should be final by the end of this year.', 'the end of this year').value).toBe(
      '2025-12',
    );
  });
});

describe('nights, stamps and vague lengths', () => {
  it('"overnight" and "last night" are TIMEs', () => {
    const o = expr('Russian drones struck Odesa overnight, officials said.', 'overnight');
    expect([o.type, o.value]).toEqual(['TIME', '2025-11-26']);
    const l = expr('Air raid sirens sounded across Kyiv last night.', 'last night');
    expect([l.type, l.value]).toEqual(['TIME', '2025-11-25']);
    expect(expr('Strikes resumed early this morning.', 'early this morning').type).toBe('TIME');
  });
  it('a British clock time with a zone', () => {
    const t = expr('Thu 18 Dec 2025 09.15 GMT', '09.15 GMT', '2025-12-18');
    expect([t.type, t.value, t.timex]).toEqual(['TIME', '2025-12-18', '2025-12-18T09:15']);
    expect(times('Inflation rose to 3.15 percent.').map((x) => x.text)).toEqual([]);
  });
  it('"months of talks" is a vague duration, "the early years of" is not', () => {
    const d = expr('The deal follows months of talks in Brussels.', 'months');
    expect([d.type, d.duration]).toEqual(['DURATION', 'PXM']);
    expect(times('He was shaped by the early years of the Soviet collapse.').map((x) => x.text)).toEqual([]);
  });
});

describe('tense cues around expectations', () => {
  it('"expected a readout on Wednesday" points to the nearest Wednesday', () => {
    expect(
      expr('Zelensky said he expected a readout from Washington on Wednesday.', 'Wednesday', '2025-12-02')
        .value,
    ).toBe('2025-12-03');
  });
  it('"is not expected to" points forward', () => {
    expect(
      expr('A truce on Wednesday is not expected to hold, officials said.', 'Wednesday', '2026-01-03').value,
    ).toBe('2026-01-07');
  });
  it('"by the spring" takes the next spring once this one is over', () => {
    expect(expr('Kyiv could run short of money by the spring.', 'the spring', '2025-12-18').value).toEqual({
      from: '2026-03',
      to: '2026-05',
    });
  });
});

describe('publication date from background dates', () => {
  const infer = (text: string) => inferPublished(text, segment(text));
  it('does not take a historical full date far below the lede', () => {
    const text = [
      'Truce holds in Gaza',
      'A ceasefire took effect on Friday after the cabinet voted overnight.',
      'Mediators said on Thursday that aid would flow daily.',
      'Earlier truces collapsed in March and July.',
      'The war began on Oct. 7, 2023, when gunmen crossed into Israel.',
    ].join('\n\n');
    expect(infer(text)).toBeNull();
  });
  it('rejects a lede date older than a year the text narrates', () => {
    const text =
      'The plan was outlined on March 3, 2024 in Riyadh. On Tuesday officials said it had been revised in 2025.';
    expect(infer(text)).toBeNull();
  });
});
