import { segment } from '../../src/pipeline/segment/index.ts';
import { extractTimes, type TimeExpr } from '../../src/pipeline/time/index.ts';

/** Publication date used throughout: Wednesday 26 November 2025. */
export const PUB = '2025-11-26';

export function times(text: string, published: string | null = PUB): TimeExpr[] {
  return extractTimes(text, segment(text), published);
}

/** The expression whose text is exactly `what` (throws when absent, so tests fail loudly). */
export function expr(text: string, what: string, published: string | null = PUB): TimeExpr {
  const all = times(text, published);
  const hit = all.find((t) => t.text === what);
  if (!hit) throw new Error(`no time expression "${what}" in: ${JSON.stringify(all.map((t) => t.text))}`);
  return hit;
}
