import { loadPack } from '../../src/packs/load.ts';
import { compileActorIndex, linkActors } from '../../src/pipeline/actors/index.ts';
import { segment } from '../../src/pipeline/segment/index.ts';

export const ukrainePack = loadPack('ukraine-2025');
export const genericPack = loadPack('generic');
const ukraineIndex = compileActorIndex(ukrainePack);
const genericIndex = compileActorIndex(genericPack);

export function link(text: string, pack: 'ukraine-2025' | 'generic' = 'ukraine-2025') {
  return linkActors(text, segment(text), pack === 'generic' ? genericIndex : ukraineIndex);
}

/** "text → actor" pairs, for compact assertions. */
export function pairs(text: string, pack: 'ukraine-2025' | 'generic' = 'ukraine-2025'): string[] {
  return link(text, pack).mentions.map((m) => `${m.text} → ${m.actor}`);
}
