import type { IssueHit } from './issues.ts';
import { span } from './text.ts';
import type { ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * One claim for each issue cue in [from, to) of a sentence, said of `key` with one status: the
 * shared end of the readers of listed points (open points handed on, points left unchanged,
 * sticking points). A sentence names each issue once for a given status.
 */
export function claimListed(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  hits: readonly IssueHit[],
  range: { readonly from: number; readonly to: number },
  claim: { readonly key: string; readonly status: ProvisionStatus; readonly rule: string },
  out: ProvisionClaim[],
  seen: Set<string>,
): void {
  const summary = text.slice(sentence.start, sentence.end).slice(0, 200).replace(/\s+/g, ' ').trim();
  for (const h of hits) {
    if (h.start < range.from || h.end > range.to) continue;
    const k = `${claim.key}|${h.issue}|${sentence.start}`;
    if (seen.has(`${k}|${claim.status}`)) continue;
    seen.add(k);
    seen.add(`${k}|${claim.status}`);
    out.push({
      proposal: claim.key,
      issue: h.issue,
      status: claim.status,
      summary,
      evidence: span(text, sentence.start, sentence.end),
      rule: claim.rule,
    });
  }
}
