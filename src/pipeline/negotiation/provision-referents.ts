import type { Segmented } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { within } from './text.ts';

/**
 * "The first plan required Ukraine to renounce NATO. That requirement is gone from the Geneva
 * text." A sentence opening with "that clause", "this requirement", "the provision" points back
 * to the point the sentence before it named: the noun stands for that issue cue, so the edit it
 * undergoes ("is gone from", "has been rewritten in") is read as an edit of that issue. Only when
 * the sentence before (in the same paragraph) names a single issue: with two, the referent is
 * unclear and nothing is borrowed.
 */
const REFERENT_OPEN_RE =
  /^\W*(?:that|this|the\s+same|such\s+a)\s+(?:requirement|clause|provision|demand|passage|section|pledge|commitment|condition|stipulation|article|language|wording)\b/iu;

/** The issue hits of the text plus one per pointing noun, standing for the cue it points back to. */
export function withReferents(text: string, seg: Segmented, issues: readonly IssueHit[]): IssueHit[] {
  const added: IssueHit[] = [];
  const sents = seg.sentences;
  for (let si = 1; si < sents.length; si++) {
    const s = sents[si] as (typeof sents)[number];
    const prev = sents[si - 1] as (typeof sents)[number];
    if (prev.paragraph !== s.paragraph) continue;
    const m = REFERENT_OPEN_RE.exec(text.slice(s.start, Math.min(s.end, s.start + 60)));
    if (!m) continue;
    const before = within(issues, prev.start, prev.end);
    const kinds = new Set(before.map((h) => h.issue));
    if (kinds.size !== 1) continue;
    const h = before[0] as IssueHit;
    const at = s.start + m.index + (m[0].length - m[0].trimStart().length);
    added.push({ start: at, end: s.start + m[0].length, issue: h.issue, against: h.against });
  }
  if (added.length === 0) return [...issues];
  return [...issues, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
