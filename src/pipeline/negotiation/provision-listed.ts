import type { IssueHit } from './issues.ts';
import { span } from './text.ts';
import type { ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Points a sentence lists without naming a version (open points handed on, points left unchanged,
 * sticking points: provision-deferral.ts, provision-unchanged.ts, provision-sticking.ts): where the
 * list runs and what it says of each point in the text under discussion.
 */
export interface ListedPoints {
  readonly from: number;
  readonly to: number;
  readonly status: ProvisionStatus;
  readonly rule: string;
}

/**
 * One claim for each issue cue in the list, said of `key`. A sentence names each issue once for a
 * given status.
 */
export function claimListed(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  hits: readonly IssueHit[],
  listed: ListedPoints,
  key: string,
  out: ProvisionClaim[],
  seen: Set<string>,
): void {
  const summary = text.slice(sentence.start, sentence.end).slice(0, 200).replace(/\s+/g, ' ').trim();
  for (const h of hits) {
    if (h.start < listed.from || h.end > listed.to) continue;
    const k = `${key}|${h.issue}|${sentence.start}`;
    if (seen.has(`${k}|${listed.status}`)) continue;
    seen.add(k);
    seen.add(`${k}|${listed.status}`);
    out.push({
      proposal: key,
      issue: h.issue,
      status: listed.status,
      summary,
      evidence: span(text, sentence.start, sentence.end),
      rule: listed.rule,
    });
  }
}
