import type { Pack } from '../../packs/schema.ts';
import type { ActorFacts, QuoteContext } from './types.ts';

/**
 * The per-actor facts the quotes stage needs, built once from a pack: kind and gender for pronoun
 * agreement, side for unnamed sources ("a Russian official" → russia via the adjectives).
 */
export function quoteContext(pack: Pick<Pack, 'actors'> | null): QuoteContext {
  const actors = new Map<string, ActorFacts>();
  const adjectives = new Map<string, string>();
  for (const a of pack?.actors ?? []) {
    // A state or bloc is its own side; anything else speaks for its declared side.
    const side = a.side ?? (a.kind === 'state' || a.kind === 'bloc' ? a.id : null);
    actors.set(a.id, { kind: a.kind, gender: a.gender ?? null, side });
    for (const adj of a.adjectives) {
      const key = adj.toLowerCase();
      // First declaration wins: deterministic whatever the order of later packs.
      if (!adjectives.has(key)) adjectives.set(key, side ?? a.id);
    }
  }
  return { actors, adjectives };
}

export const EMPTY_CONTEXT: QuoteContext = { actors: new Map(), adjectives: new Map() };
