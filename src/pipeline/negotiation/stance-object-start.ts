import type { Predicate } from './stance-predicates.ts';
import type { StanceContext } from './stances.ts';
import { within } from './text.ts';

/**
 * Where the object of a reported obligation starts when the report holds more than one clause:
 * a coordinated clause ("…, and any peace had to be …") or an item of a list of reported clauses
 * ("…: forces must leave, the renunciation must be binding, …"). Each predicate then takes only its
 * own clause's subject as its object (stances.ts).
 */

/**
 * "he said, …, and any peace had to be backed by guarantees": an obligation opening a coordinated
 * clause of the report has that clause's subject as its object, not the whole report. The start of
 * that subject (after the last ", and"/", but" before the verb, with a short noun phrase left), or -1.
 */
export function coordinatedSubjectStart(text: string, from: number, vStart: number): number {
  const region = text.slice(Math.max(from, vStart - 60), vStart);
  const m = /,\s+(?:and|but)\s+((?:[\p{L}\p{N}'’-]+\s+){1,5})$/u.exec(region);
  if (!m || /\b(?:that|which|who|said|says|would|will|is|are|was|were)\b/iu.test(m[1] as string)) return -1;
  return vStart - (m[1] as string).length;
}

/**
 * "said Moscow's terms had not changed: Ukrainian forces must leave Donbas, Kyiv's renunciation of
 * NATO must be binding, and foreign troops would be unacceptable": in a list of reported clauses
 * each predicate's subject starts after the colon or after the separator that follows the
 * previous predicate. Only when that item names an issue or a proposal itself (a pronoun subject
 * refers back, and the whole report stays the object). -1 when there is no such item.
 */
export function listItemStart(
  ctx: StanceContext,
  preds: readonly Predicate[],
  pi: number,
  from: number,
  vStart: number,
): number {
  const { text } = ctx;
  let at = -1;
  const colon = text.lastIndexOf(':', vStart - 1);
  if (colon >= from) at = colon + 1;
  const prev = preds[pi - 1];
  if (prev && prev.end > from && prev.end < vStart) {
    const sep = /.*[,;:]\s+(?:and\s+|but\s+)?/su.exec(text.slice(prev.end, vStart));
    if (sep) at = Math.max(at, prev.end + sep[0].length);
  }
  if (
    at < 0 ||
    (within(ctx.issues, at, vStart).length === 0 && within(ctx.mentions, at, vStart).length === 0)
  )
    return -1;
  return at;
}
