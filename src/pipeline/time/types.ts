import type { DateValue } from '../../core/types.ts';

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'decade'
  | 'range'
  | 'none';

export interface TimeExpr {
  /** Offsets into the clean text; text === cleanText.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TimeType;
  /** The contract's Date form; null for durations, sets, generic uses, "now", and unresolvable relatives. */
  readonly value: DateValue | null;
  /** ISO 8601 duration for DURATION (and the period of a SET: "weekly" → P1W). */
  readonly duration?: string;
  readonly granularity: Granularity;
  /** "late last month", "early December", "around Nov 20", "in the coming days". */
  readonly approximate: boolean;
  /** The reference date ('YYYY-MM-DD') it was resolved against, or null when none was needed or known. */
  readonly anchor: string | null;
  readonly rule: string;
  /**
   * The TimeML (TIMEX3) value: finer than the contract can say ("2025-Q3", "2025-SU", "202",
   * "2025-11-25TEV", "PRESENT_REF", "P4Y"). Used by the evaluation; null when unresolved.
   */
  readonly timex: string | null;
}
