import type { Segmented } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { span, within } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * Comparisons between versions on a named point: "It went further than the Paris offer on
 * territory", "the new text is vaguer than the first draft on guarantees", "tougher than the
 * 28-point plan over sanctions". A version measured against on a point has that point too: the
 * version after "than" contains the issue (convention 8: a point a comparison says another version
 * goes further on was in the version compared with). Only a comparative right before "than", the
 * version right after it and the issue right after "on/over/regarding", so "more than 100 days"
 * or "rather than the plan" say nothing.
 */
const THAN_RE =
  /\b(?:further|farther|tougher|harder|softer|weaker|stronger|vaguer|clearer|looser|stricter|broader|narrower|bolder|blunter|more\s+\p{L}+|less\s+\p{L}+)\s+than\s+$/iu;
const ON_ISSUE_RE =
  /^\s+(?:on|over|regarding|about|when\s+it\s+comes\s+to)\s+(?:the\s+(?:question\s+of\s+|issue\s+of\s+)?)?$/iu;

export function thanComparisons(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  out: ProvisionClaim[],
): void {
  for (const mn of mentions) {
    if (!THAN_RE.test(text.slice(Math.max(0, mn.start - 40), mn.start))) continue;
    const sent = seg.sentences.find((s) => s.start <= mn.start && mn.start < s.end);
    if (!sent) continue;
    const h = within(issues, mn.end, Math.min(sent.end, mn.end + 40))[0];
    if (!h || !ON_ISSUE_RE.test(text.slice(mn.end, h.start))) continue;
    if (out.some((o) => o.proposal === mn.proposal && o.issue === h.issue && o.status === 'included'))
      continue;
    out.push({
      proposal: mn.proposal,
      issue: h.issue,
      status: 'included',
      summary: text
        .slice(Math.max(sent.start, mn.start - 40), Math.min(sent.end, h.end))
        .replace(/\s+/g, ' ')
        .trim(),
      evidence: span(text, sent.start, sent.end),
      rule: 'provision:compared-than',
    });
  }
}
