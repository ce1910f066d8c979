/**
 * Time stage: every time expression in the clean text, normalised against the publication date
 * with news conventions; the publication date inferred when it is missing; and the time
 * governing any span.
 */
import type { Segmented } from '../segment/index.ts';
import { extract } from './extract.ts';
import type { TimeExpr } from './types.ts';

export { governingTime } from './govern.ts';
export { inferPublished } from './published.ts';
export type { Granularity, TimeExpr, TimeType } from './types.ts';

export function extractTimes(text: string, seg: Segmented, published: string | null): TimeExpr[] {
  return extract(text, seg, published);
}
