import type { Segmented } from '../segment/index.ts';
import { findDirect } from './direct.ts';
import { makeDoc } from './doc.ts';
import { interviewAnswers } from './interview.ts';
import { findPieces } from './marks.ts';
import { findReported } from './reported.ts';
import type { ActorsLike, Quote, QuoteContext, TimeExprLike } from './types.ts';

export { EMPTY_CONTEXT, quoteContext } from './context.ts';
export type { ActorFacts, ActorsLike, Offsets, Quote, QuoteContext, TimeExprLike } from './types.ts';

/**
 * The quotes stage: direct quotes (every quote-mark style, split and multi-paragraph quotes) and
 * reported speech, each with its cue, its speaker linked to an actor where the text allows, and the
 * date it was said; answers printed under an interview's questions go to the interviewee. Pure: same text, segmentation, mentions, times and context → same quotes.
 */
export function extractQuotes(
  text: string,
  seg: Segmented,
  actors: ActorsLike,
  times: readonly TimeExprLike[],
  published: string | null,
  ctx: QuoteContext,
): Quote[] {
  const doc = makeDoc(text, seg, actors, times, ctx);
  const pieces = findPieces(text, seg.paragraphs);
  doc.quoted = pieces.map((p) => ({ start: p.open, end: p.close }));
  const reported = findReported(doc, published);
  const direct = findDirect(doc, pieces, published, reported);
  return interviewAnswers(doc, [...direct, ...reported], published).sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}
