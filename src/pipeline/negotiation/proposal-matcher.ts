import type { PackProposal } from '../../packs/schema.ts';
import { COUNT_SOURCE, phraseKey, phraseRegex } from './text.ts';

/**
 * The compiled proposal matcher: a pack's proposals turned once into what mention finding reads
 * (aliases, point counts, the proposal nouns, the pack's version chain, the words that name a
 * party), so that reading an article compiles nothing. Kept apart from the per-article passes
 * because it is built once per pack and shared by all of them.
 */

export interface ProposalMatcher {
  readonly aliasRe: RegExp | null;
  readonly aliasId: ReadonlyMap<string, string>;
  readonly nounRe: RegExp | null;
  readonly pointsRe: RegExp;
  readonly nounTailRe: RegExp | null;
  readonly byPoints: ReadonlyMap<number, string>;
  readonly proposals: readonly PackProposal[];
  readonly supersededBy: ReadonlyMap<string, string>;
  /**
   * Words that name a party when they modify a version ("US", "American", "Washington's",
   * "European"), lower-cased, to the party's id: "the US document" and "the American plan" are one
   * party's text. From the pack's states and blocs (aliases, adjectives) and capitals that stand for them.
   */
  readonly partyOf: ReadonlyMap<string, string>;
}

/** The party words of a pack (see ProposalMatcher.partyOf): single words only. */
export function partyWords(pack: {
  readonly actors: readonly {
    id: string;
    kind: string;
    name: string;
    aliases: readonly string[];
    adjectives: readonly string[];
  }[];
  readonly places: readonly { name: string; aliases: readonly string[]; metonymFor: string | null }[];
}): Map<string, string> {
  const out = new Map<string, string>();
  const add = (w: string, id: string) => {
    const k = w
      .replace(/^the\s+/iu, '')
      .toLowerCase()
      .replace(/’/g, "'");
    if (/^[\p{L}.]+$/u.test(k) && !out.has(k)) out.set(k, id);
  };
  for (const a of pack.actors) {
    if (a.kind !== 'state' && a.kind !== 'bloc') continue;
    for (const w of [a.name, ...a.aliases, ...a.adjectives]) add(w, a.id);
  }
  for (const p of pack.places) if (p.metonymFor) for (const w of [p.name, ...p.aliases]) add(w, p.metonymFor);
  return out;
}

export function compileProposals(
  proposals: readonly PackProposal[],
  nouns: readonly string[],
  partyOf: ReadonlyMap<string, string> = new Map(),
): ProposalMatcher {
  const aliasId = new Map<string, string>();
  for (const p of proposals)
    for (const a of p.aliases) aliasId.set(phraseKey(a.replace(/^the\s+/i, '')), p.id);
  const byPoints = new Map<number, string>();
  for (const p of proposals) if (p.points !== null && !byPoints.has(p.points)) byPoints.set(p.points, p.id);
  const supersededBy = new Map<string, string>();
  for (const p of proposals) if (p.supersedes) supersededBy.set(p.supersedes, p.id);
  const nounList = nouns.length > 0 ? nouns : ['plan', 'proposal', 'framework'];
  const nounRe = phraseRegex(nounList.flatMap((n) => [n, `${n}s`]));
  const tail = nounList
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  return {
    aliasRe: phraseRegex([...aliasId.keys()]),
    aliasId,
    nounRe,
    // "a 28-point plan", "28 points"; "a 17-article treaty" only before a proposal noun (tail below)
    pointsRe: new RegExp(
      `(?<![\\p{L}\\p{N}-])(${COUNT_SOURCE})(?:[-\\s]points?|-(?:article|clause|item|paragraph|section)s?(?=\\s))(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    nounTailRe: new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?:${tail})(?![\\p{L}])`, 'iu'),
    byPoints,
    proposals,
    supersededBy,
    partyOf,
  };
}
