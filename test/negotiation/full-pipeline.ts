import { pipelineFor } from '../../src/eval/negotiation.ts';
import { loadPack } from '../../src/packs/load.ts';
import { compileNegotiationIndex } from '../../src/pipeline/negotiation/index.ts';
import type { NegotiationResult } from '../../src/pipeline/negotiation/types.ts';

/**
 * Runs the whole per-article pipeline (actors, quotes, times, then negotiation) on a text, as the
 * evaluation does: reported speech, pronouns and place names need the earlier stages.
 */
const pack = loadPack('ukraine-2025');
const index = compileNegotiationIndex(pack);
const { run } = await pipelineFor();

export function analyzeFull(text: string, published = '2025-12-01'): NegotiationResult {
  return run(text, published, pack, index).result;
}

/** "actor stance issue" for each stance the pipeline reads in the text. */
export const fullStancesOf = (text: string, published?: string): string[] =>
  analyzeFull(text, published).stances.map((s) => `${s.actor} ${s.stance} ${s.issue}`);
