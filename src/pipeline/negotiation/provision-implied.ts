import type { Segmented } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { sentenceIndexOf, within } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * Implied inclusion (annotation convention 8): what a revision is said to drop, change or keep
 * was in the version it revises, when the article names that version. Runs last, over the
 * claims every other reader made.
 */

/**
 * "… keeps a pledge of", "still includes", "retains", "… remain(s)", "has not changed", "Still in the
 * text are …": a point carried over.
 */
const KEPT_CUE_RE =
  /\b(?:keeps?|kept|keeping|retains?|retained|retaining|preserves?|preserved|still\s+(?:\p{L}+\s+)?(?:includes?|contains?|calls?\s+for|promises?|provides?\s+for|offers?|says?|has|have|requires?|envisages?)|remains?|remained|stays?|stayed|survives?|survived|(?:has|have)\s+not\s+changed|unchanged|still\s+in\s+(?:the|its|this)\s+(?:\p{L}+\s+)?(?:text|draft|document|framework|plan|version))\b/giu;
/**
 * What a revision brings in is new to it, not carried over ("… and adds a commitment to …"; but
 * "points that have not changed include …" lists what it keeps); and
 * a later predicate of its own ("… and includes a provision on", "… and it would allow") starts
 * a clause the keep cue no longer governs.
 */
const ADDED_CUE_RE =
  /\b(?:adds?|added|adding|introduces?|introduced|inserts?|inserted|new|newly|brings\s+in|now\s+(?:includes?|contains?|calls?\s+for)|(?<!\bstill\s+(?:\p{L}+\s+)?)(?<!\bchanged\s+)(?:includes?|contains?|calls?\s+for|envisages?|offers?|sets?\s+out|would|will|allows?))\b/giu;
const KEPT_CUE_ONE_RE = new RegExp(KEPT_CUE_RE.source, 'iu');
/** "So does a full exchange of prisoners", "as does …": the predicate of the sentence before. */
const SO_DOES_RE = /^\W*(?:so|as)\s+(?:does|do|did|is|are|was|were|has|have)\b/iu;

/**
 * Annotation convention 8: what the text says a revision dropped, changed (raised, loosened,
 * rewrote) or kept was, by implication, in the version it revises, when the article names that
 * version ("up from the 600,000 in the first version", "no longer caps the army" after "the
 * original 28-point plan"). The earlier version is the revision's own link (the text's "replaces",
 * the pack's supersedes) or, without one, an unrevised version the same sentence or paragraph
 * names. An article that never mentions the earlier version gets nothing: the reader is told only
 * what the new text does. A point the revision adds ("… and adds a prisoner exchange") is new.
 */
export function impliedInclusions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  earlierOf: (key: string) => string | null,
  out: ProvisionClaim[],
): ProvisionClaim[] {
  const named = new Set(mentions.map((m) => m.proposal));
  const have = new Set(out.map((o) => `${o.proposal}|${o.issue}|${o.status}`));
  const added: ProvisionClaim[] = [];
  const earlierNear = (key: string, from: number, to: number): string | null => {
    const near = within(mentions, from, to).filter((m) => m.proposal !== key && !isRevision(m.proposal));
    return near.length === 1 || new Set(near.map((m) => m.proposal)).size === 1
      ? (near[0]?.proposal ?? null)
      : null;
  };
  for (const o of out) {
    if (!isRevision(o.proposal) && earlierOf(o.proposal) === null) continue;
    const { start, end } = o.evidence;
    const si = sentenceIndexOf(seg, start);
    if (o.status === 'included' && !carriedOver(text, start, end, o.issue, issues)) {
      // "Security guarantees remain at the centre. So does a full exchange of prisoners."
      const prev = seg.sentences[si - 1];
      if (
        !prev ||
        prev.paragraph !== seg.sentences[si]?.paragraph ||
        !SO_DOES_RE.test(text.slice(start, end)) ||
        !KEPT_CUE_ONE_RE.test(text.slice(prev.start, prev.end))
      )
        continue;
    }
    const para = seg.paragraphs[seg.sentences[si]?.paragraph ?? -1];
    const linked = earlierOf(o.proposal);
    const earlier =
      (linked !== null && linked !== o.proposal && named.has(linked) ? linked : null) ??
      earlierNear(o.proposal, start, end) ??
      (para ? earlierNear(o.proposal, para.start, para.end) : null);
    if (earlier === null) continue;
    const k = `${earlier}|${o.issue}|included`;
    if (have.has(k)) continue;
    have.add(k);
    added.push({ ...o, proposal: earlier, status: 'included', rule: 'provision:implied-earlier' });
  }
  return added.length > 0 ? [...out, ...added] : out;
}

/**
 * An included claim counts as carried over when a keep cue governs its issue phrase: the last
 * keep or add cue before the phrase is a keep cue ("keeps a pledge of security guarantees, and
 * adds a prisoner exchange" carries over only the guarantees), or, with no cue before it, one
 * follows it ("Security guarantees remain").
 */
function carriedOver(
  text: string,
  start: number,
  end: number,
  issue: string,
  issues: readonly IssueHit[],
): boolean {
  const stext = text.slice(start, end);
  const cues: { at: number; kept: boolean }[] = [];
  for (const m of stext.matchAll(KEPT_CUE_RE)) cues.push({ at: m.index ?? 0, kept: true });
  for (const m of stext.matchAll(ADDED_CUE_RE)) cues.push({ at: m.index ?? 0, kept: false });
  if (!cues.some((c) => c.kept)) return false;
  cues.sort((a, b) => a.at - b.at);
  for (const h of within(issues, start, end)) {
    if (h.issue !== issue) continue;
    const at = h.start - start;
    const before = cues.filter((c) => c.at < at).pop();
    if (before ? before.kept : cues.some((c) => c.kept && c.at >= at + (h.end - h.start))) return true;
  }
  return false;
}
