import type { Segmented, Token } from '../segment/index.ts';
import type { ActorFacts, ActorMentionLike, ActorsLike, QuoteContext, TimeExprLike } from './types.ts';

/**
 * Everything the stage looks up while reading one document, indexed once: mentions and time
 * expressions sorted by offset, the ranges inside direct quotes (which never hold attributions), and
 * actor facts from the pack plus the actors the actors stage discovered in this document.
 */
export interface Doc {
  readonly text: string;
  readonly seg: Segmented;
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMentionLike[];
  readonly times: readonly TimeExprLike[];
  readonly ctx: QuoteContext;
  readonly discovered: ReadonlyMap<string, ActorFacts>;
  /** Sorted, disjoint [open, close] offsets of quote marks pairs (marks included). */
  quoted: { start: number; end: number }[];
}

export function makeDoc(
  text: string,
  seg: Segmented,
  actors: ActorsLike,
  times: readonly TimeExprLike[],
  ctx: QuoteContext,
): Doc {
  const discovered = new Map<string, ActorFacts>();
  for (const d of actors.discovered ?? []) discovered.set(d.id, { kind: d.kind, gender: null, side: d.side });
  const byStart = <T extends { start: number; end: number }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    text,
    seg,
    tokens: seg.tokens,
    mentions: byStart(actors.mentions),
    times: byStart(times),
    ctx,
    discovered,
    quoted: [],
  };
}

export function factsOf(doc: Doc, actor: string): ActorFacts | null {
  return doc.ctx.actors.get(actor) ?? doc.discovered.get(actor) ?? null;
}

/** First index in a start-sorted list whose start is ≥ offset. */
export function lowerBound(xs: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying within [start, end). */
export function mentionsIn(doc: Doc, start: number, end: number): ActorMentionLike[] {
  const out: ActorMentionLike[] = [];
  // Mentions may start a little before `start` and still overlap; step back over a few.
  let i = lowerBound(doc.mentions, start);
  while (i > 0 && (doc.mentions[i - 1] as ActorMentionLike).end > start) i--;
  for (; i < doc.mentions.length; i++) {
    const m = doc.mentions[i] as ActorMentionLike;
    if (m.start >= end) break;
    if (m.end > start) out.push(m);
  }
  return out;
}

/** Whether `offset` lies inside a pair of quote marks. */
export function insideQuote(doc: Doc, offset: number): boolean {
  const q = doc.quoted;
  let lo = 0;
  let hi = q.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = q[mid] as { start: number; end: number };
    if (offset < r.start) hi = mid - 1;
    else if (offset > r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
