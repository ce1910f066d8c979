import { aliasActorScan } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import type { Pack } from '../../src/packs/schema.ts';
import {
  compileNegotiationIndex,
  extractNegotiation,
  type NegotiationIndex,
} from '../../src/pipeline/negotiation/index.ts';
import type { NegotiationResult } from '../../src/pipeline/negotiation/types.ts';
import { segment } from '../../src/pipeline/segment/index.ts';

/**
 * Runs the negotiation stage on a text with a plain alias scan for actors (so these tests exercise
 * this stage alone, whatever the actors stage does) and no times or quotes unless given.
 */
const cache = new Map<string, { pack: Pack; index: NegotiationIndex }>();
export function analyze(
  text: string,
  packName = 'ukraine-2025',
  published: string | null = '2025-11-24',
): NegotiationResult {
  let p = cache.get(packName);
  if (!p) {
    const pack = loadPack(packName);
    p = { pack, index: compileNegotiationIndex(pack) };
    cache.set(packName, p);
  }
  return extractNegotiation(text, segment(text), aliasActorScan(text, p.pack), [], [], published, p.index);
}

export const stancesOf = (r: NegotiationResult) => r.stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`);
export const provisionsOf = (r: NegotiationResult) =>
  r.provisions.map((p) => `${p.proposal} ${p.issue} ${p.status}`);
