import type { Segmented } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { span, summaryOf, within } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * "The amnesty clause was struck out. So was the requirement that Ukraine withdraw from Donetsk.":
 * an elliptical sentence repeats the verb of the one before it, so its issues take the status and
 * the version that sentence gave its provisions. Read only where the sentence opens with the ellipsis
 * ("So was/were/did …", "As was …", "Neither/Nor was …" for a negated one, "The same goes for …",
 * "Likewise …", "Also gone/dropped/kept is …") and the sentence before, in the same paragraph, placed
 * provisions of exactly one version; the elliptical sentence names no version of its own.
 */
const ELLIPSIS_RE =
  /^\W*(?:(?:and\s+)?so\s+(?:was|were|is|are|did|does|has|have|had)\b|as\s+(?:was|were|is|are)\b|(?:neither|nor)\s+(?:was|were|is|are|did|does|has|have)\b|the\s+same\s+(?:goes|went|applies|applied|is\s+true|was\s+true|holds|held)\s+(?:for|to)\b|likewise\b|similarly\b|also\s+(?:gone|dropped|removed|cut|kept|retained|unchanged|rewritten|softened|changed)\s+(?:is|are|was|were)\b)/iu;

export function ellipticProvisions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  out: readonly ProvisionClaim[],
): ProvisionClaim[] {
  const added: ProvisionClaim[] = [];
  for (let si = 1; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    const prev = seg.sentences[si - 1];
    if (!s || !prev || prev.paragraph !== s.paragraph) continue;
    const head = text.slice(s.start, Math.min(s.end, s.start + 40));
    if (!ELLIPSIS_RE.test(head) || within(mentions, s.start, s.end).length > 0) continue;
    const before = out.filter((p) => p.evidence.start >= prev.start && p.evidence.end <= prev.end);
    const keys = new Set(before.map((p) => `${p.proposal}|${p.status}`));
    if (keys.size !== 1) continue;
    const { proposal, status } = before[0] as ProvisionClaim;
    const seen = new Set<string>();
    for (const h of within(issues, s.start, s.end)) {
      if (seen.has(h.issue) || out.some((p) => p.issue === h.issue && p.evidence.start === s.start)) continue;
      seen.add(h.issue);
      added.push({
        proposal,
        issue: h.issue,
        status,
        summary: summaryOf(text, s.start, s.end),
        evidence: span(text, s.start, s.end),
        rule: 'provision:ellipsis',
      });
    }
  }
  return added;
}
