import type { Segmented } from '../segment/index.ts';
import { candidates } from './proposal-candidates.ts';
import { resolveMentions } from './proposal-focus.ts';
import { describe } from './proposal-info.ts';
import type { ProposalMatcher } from './proposal-matcher.ts';
import { metonymMentions } from './proposal-metonyms.ts';
import { pinCandidates } from './proposal-pinning.ts';
import { textRevisionLinks, versionChain } from './proposal-versions.ts';
import { lowerBound } from './text.ts';
import type { ActorMentionIn, ProposalInfo, ProposalMention, TimeIn } from './types.ts';

export { COUNTER_KEY } from './proposal-candidates.ts';
export { compileProposals, type ProposalMatcher, partyWords } from './proposal-matcher.ts';

/**
 * Proposal mentions: how articles name a proposal ("the 28-point plan", "a revised 19-point
 * version", "the framework", "a confidential US peace proposal presented in Paris on April 17"),
 * resolved to one key per proposal: a pack id when the pack knows it (by alias, point count or
 * date), else a key made from the text ("points:20", "name:gaza-style-plan"). Generic mentions
 * ("the plan", "the revised framework") go to the version the article is discussing.
 *
 * This file runs the passes in order; each lives in its own file: proposal-matcher.ts (the
 * compiled pack), proposal-candidates.ts and proposal-modifiers.ts (mention finding),
 * proposal-pinning.ts (pass 1: dates, places, introducing verbs), proposal-versions.ts
 * (supersedes links), proposal-focus.ts (pass 2: the version under discussion),
 * proposal-info.ts and proposal-drafters.ts (drafters, presentation, revisions).
 */

export interface ProposalExtraction {
  readonly mentions: ProposalMention[];
  readonly infos: ProposalInfo[];
  /** For each sentence, the key of the proposal under discussion at its start (for pronouns). */
  readonly focusAt: (offset: number) => string | null;
}

export function extractProposals(
  text: string,
  seg: Segmented,
  m: ProposalMatcher,
  actors: readonly ActorMentionIn[],
  places: readonly { start: number; end: number; text: string; place: string }[],
  times: readonly TimeIn[],
): ProposalExtraction {
  const cands = candidates(text, seg, m, actors, places);
  pinCandidates(text, seg, m, cands, times);
  const specifics = cands.filter((c) => c.key !== null);

  const textRevises = textRevisionLinks(text, seg, specifics);
  const chain = versionChain(m, textRevises, specifics, cands);
  const { resolved, focusMarks } = resolveMentions(text, m, cands, specifics, chain);

  const named: ProposalMention[] = resolved.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    proposal: c.key as string,
    rule: c.kind,
    points: c.points ?? m.proposals.find((p) => p.id === c.key)?.points ?? null,
    revised: c.revised,
  }));
  // "Geneva kept the requirement": a place or month the article tied to a version stands for it.
  const metonyms = metonymMentions(text, seg, named, actors, places);
  const mentions = metonyms.length === 0 ? named : [...named, ...metonyms].sort((a, b) => a.start - b.start);

  const focusAt = (offset: number): string | null => {
    const i = lowerBound(focusMarks, offset) - 1;
    return i >= 0 ? (focusMarks[i]?.key ?? null) : null;
  };

  const infos = describe(text, seg, mentions, actors, places, times, textRevises, focusAt);
  return { mentions, infos, focusAt };
}
