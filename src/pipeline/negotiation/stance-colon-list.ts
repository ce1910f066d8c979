import type { StanceContext } from './stances.ts';
import { within } from './text.ts';
import type { ActorMentionIn } from './types.ts';

/**
 * Obligations listed after a colon whose lead-in announces a party's terms: "European leaders pressed
 * Washington on two points they regard as non-negotiable: Ukraine must not be disarmed, and any peace
 * must be backed by guarantees." No reporting verb stands before the obligation and none follows it,
 * yet the lead-in says whose terms they are. The holder is the party that opens the lead-in (its
 * subject, not a party after a preposition or the object of "pressed Washington"); the lead-in must
 * name terms (points, demands, conditions, red lines, principles) or set them out.
 */

/** Words of a lead-in that announce a party's terms. */
const TERMS_LEAD_RE =
  /\b(?:points?|demands?|conditions?|preconditions?|requirements?|red\s+lines?|terms|principles|priorities|non-negotiable|bottom\s+lines?|(?:set|spelled|spelt|laid)\s+out|made\s+(?:it\s+)?clear)\b/iu;

/** A mention after a preposition is an adjunct ("In Brussels, …"), not the lead-in's subject. */
const AFTER_PREPOSITION_RE = /\b(?:in|on|at|to|from|with|by|for|of|about|over)\s+(?:the\s+)?$/iu;

export interface ColonList {
  /** The party opening the lead-in. */
  readonly holder: ActorMentionIn;
  /** Just after the colon. */
  readonly itemsFrom: number;
}

export function colonListHolder(ctx: StanceContext, sentStart: number, vStart: number): ColonList | null {
  const { text } = ctx;
  const colon = text.lastIndexOf(':', vStart - 1);
  if (colon < sentStart) return null;
  const lead = text.slice(sentStart, colon);
  if (!TERMS_LEAD_RE.test(lead)) return null;
  const holder = within(ctx.actors, sentStart, colon).find(
    (a) => !AFTER_PREPOSITION_RE.test(text.slice(Math.max(sentStart, a.start - 12), a.start)),
  );
  if (!holder || !ctx.isParty(holder.actor)) return null;
  return { holder, itemsFrom: colon + 1 };
}
