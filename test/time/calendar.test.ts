import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  fmtDay,
  fmtWeek,
  nthWeekday,
  orthodoxEaster,
  weekday,
  westernEaster,
} from '../../src/pipeline/time/calendar.ts';

describe('calendar', () => {
  it('round-trips day numbers and knows weekdays', () => {
    expect(fmtDay(dayNumber(2025, 11, 26))).toBe('2025-11-26');
    expect(weekday(dayNumber(2025, 11, 26))).toBe(3); // Wednesday
    expect(fmtDay(dayNumber(2024, 2, 29))).toBe('2024-02-29');
  });
  it('numbers ISO weeks, including year-straddling ones', () => {
    expect(fmtWeek(dayNumber(2025, 11, 26))).toBe('2025-W48');
    expect(fmtWeek(dayNumber(2021, 1, 3))).toBe('2020-W53');
    expect(fmtWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
  });
  it('computes Western and Orthodox Easter', () => {
    expect(fmtDay(westernEaster(2024))).toBe('2024-03-31');
    expect(fmtDay(orthodoxEaster(2024))).toBe('2024-05-05');
    expect(fmtDay(westernEaster(2025))).toBe('2025-04-20');
    expect(fmtDay(orthodoxEaster(2025))).toBe('2025-04-20');
    expect(fmtDay(westernEaster(2026))).toBe('2026-04-05');
    expect(fmtDay(orthodoxEaster(2026))).toBe('2026-04-12');
  });
  it('finds the n-th weekday of a month (US Thanksgiving)', () => {
    expect(fmtDay(nthWeekday(2025, 11, 4, 4))).toBe('2025-11-27');
    expect(fmtDay(nthWeekday(2024, 11, 4, 4))).toBe('2024-11-28');
    expect(fmtDay(nthWeekday(2025, 5, 1, -1))).toBe('2025-05-26');
  });
});
