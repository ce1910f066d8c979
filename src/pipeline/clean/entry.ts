/**
 * The unit every block rule works on: one non-blank line of the page (an Entry) with what is known about
 * it so far, and `remove`, the one way a rule drops a line. Kept apart so each rule file can share the
 * type without importing the pipeline (index.ts), which imports them.
 */

import type { MdLine } from './markdown.ts';
import type { RemovalReason, Removed } from './types.ts';

/**
 * Where a line stands: removed (with a reason), prose or kept (article text), the title, or short — not
 * yet judged, decided later by its neighbours (short-lines.ts).
 */
export type State = 'removed' | 'prose' | 'short' | 'title' | 'keep';

export interface Entry {
  readonly index: number;
  readonly block: number;
  readonly raw: string;
  readonly md: MdLine;
  readonly text: string;
  state: State;
  reason: RemovalReason | null;
  stamp: boolean;
  caption: string | null;
  /** Pieces cut out of a flattened line (captions, credits, adverts), recorded as removed. */
  readonly cut: readonly Removed[];
  /** A row of a markdown table (header or body): judged as a whole table, stands alone in the text. */
  readonly table: boolean;
}

export function remove(e: Entry, reason: RemovalReason, caption: string | null = null): void {
  e.state = 'removed';
  e.reason = reason;
  e.caption = caption;
}

/** Article text already decided: a paragraph, a line a rule kept, or the headline. */
export function isContent(e: Entry | null): boolean {
  return e !== null && (e.state === 'prose' || e.state === 'keep' || e.state === 'title');
}
