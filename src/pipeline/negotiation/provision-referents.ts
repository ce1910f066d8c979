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
  /^\W*(?:(?:[\p{L}'’-]+\s+){1,3}(?:say|says|said|note|notes|noted|confirm|confirmed)\s+(?:that\s+)?)?(?:that|this|the\s+same|such\s+a)\s+(?:requirement|clause|provision|demand|passage|section|pledge|commitment|condition|stipulation|article|language|wording)\b/iu;
/**
 * "The original envisaged taking the frozen assets … It also promised a lifting of sanctions.
 * Officials say these economic clauses were taken out": a plural pointing noun (after at most a
 * short report) stands for every point the sentences before it in the paragraph named, when they
 * named two to four issues.
 */
const PLURAL_REFERENT_RE =
  /^\W*(?:(?:[\p{L}'’-]+\s+){1,3}(?:say|says|said|note|notes|noted|confirm|confirmed)\s+(?:that\s+)?)?(?:these|those|both|the\s+two|such)\s+(?:[\p{L}-]+\s+)?(?:requirements|clauses|provisions|demands|passages|sections|pledges|commitments|conditions|stipulations|articles|measures|points|terms|elements|ideas|proposals)\b/iu;

/** The issue hits of the text plus one per pointing noun, standing for the cue it points back to. */
export function withReferents(text: string, seg: Segmented, issues: readonly IssueHit[]): IssueHit[] {
  const added: IssueHit[] = [];
  const sents = seg.sentences;
  for (let si = 1; si < sents.length; si++) {
    const s = sents[si] as (typeof sents)[number];
    const prev = sents[si - 1] as (typeof sents)[number];
    if (prev.paragraph !== s.paragraph) continue;
    const head = text.slice(s.start, Math.min(s.end, s.start + 90));
    const pl = PLURAL_REFERENT_RE.exec(head);
    if (pl) {
      // The sentences before it in the same paragraph (at most three).
      const before: IssueHit[] = [];
      for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
        const p = sents[k] as (typeof sents)[number];
        if (p.paragraph !== s.paragraph) break;
        before.push(...within(issues, p.start, p.end));
      }
      const kinds = new Map(before.map((h) => [h.issue, h] as const));
      if (kinds.size >= 2 && kinds.size <= 4) {
        const at = s.start + pl.index + pl[0].length - pl[0].trimStart().length;
        const nounAt = s.start + pl[0].length;
        const from = Math.max(at, nounAt - 40);
        for (const h of kinds.values())
          added.push({ start: from, end: nounAt, issue: h.issue, against: h.against });
      }
      continue;
    }
    const m = REFERENT_OPEN_RE.exec(head);
    if (!m) continue;
    const before = within(issues, prev.start, prev.end);
    const kinds = new Set(before.map((h) => h.issue));
    if (kinds.size !== 1) continue;
    const h = before[0] as IssueHit;
    // The pointing noun itself, past any report before it ("Officials say that clause …").
    const dem = /(?:that|this|the\s+same|such\s+a)\s+\p{L}+$/iu.exec(m[0]);
    const at = s.start + (dem ? dem.index : m.index + (m[0].length - m[0].trimStart().length));
    added.push({ start: at, end: s.start + m[0].length, issue: h.issue, against: h.against });
  }
  if (added.length === 0) return [...issues];
  return [...issues, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
