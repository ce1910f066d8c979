import type { PackIssue } from '../../packs/schema.ts';
import { type PhraseIndex, phraseIndex } from './phrase-index.ts';
import { phraseKey } from './text.ts';

/** Where an issue cue occurs in the text. */
export interface IssueHit {
  readonly start: number;
  readonly end: number;
  readonly issue: string;
  /** The phrase names the negation of the issue (pack `against`): stances on it are flipped. */
  readonly against?: boolean;
}

export interface IssueMatcher {
  readonly cues: PhraseIndex | null;
  /** Normalised cue → issue id; when two issues list the same cue, the later (more specific pack) wins. */
  readonly cueIssue: ReadonlyMap<string, string>;
  readonly patterns: readonly { readonly re: RegExp; readonly issue: string; readonly against?: boolean }[];
  readonly labels: ReadonlyMap<string, string>;
}

export function compileIssues(issues: readonly PackIssue[]): IssueMatcher {
  // A domain issue that subsumes a generic one takes over its cues: one issue id per concept.
  const subsumedBy = new Map<string, string>();
  for (const issue of issues) for (const old of issue.subsumes ?? []) subsumedBy.set(old, issue.id);
  const target = (id: string): string => subsumedBy.get(id) ?? id;
  const cueIssue = new Map<string, string>();
  // Subsumed issues first, so a cue the subsuming issue also lists keeps that issue's reading.
  const ordered = [
    ...issues.filter((i) => subsumedBy.has(i.id)),
    ...issues.filter((i) => !subsumedBy.has(i.id)),
  ];
  for (const issue of ordered)
    for (const cue of issue.cues) cueIssue.set(phraseKey(cue.trim()), target(issue.id));
  const patterns = issues.flatMap((issue) => [
    ...issue.patterns.map((p) => ({ re: new RegExp(p, 'giu'), issue: target(issue.id) })),
    ...(issue.against ?? []).map((p) => ({
      re: new RegExp(p, 'giu'),
      issue: target(issue.id),
      against: true,
    })),
  ]);
  return {
    cues: phraseIndex([...cueIssue.keys()]),
    cueIssue,
    patterns,
    labels: new Map(issues.filter((i) => !subsumedBy.has(i.id)).map((i) => [i.id, i.label])),
  };
}

/**
 * Every issue cue in the text, sorted by start. One walk over the words for the cue phrases
 * (phrase-index.ts) plus one pass per pattern. Where a pattern hit overlaps a cue hit
 * of the same issue only the first is kept.
 */
export function findIssues(text: string, m: IssueMatcher): IssueHit[] {
  const hits: IssueHit[] = [];
  for (const x of m.cues?.find(text) ?? []) {
    const issue = m.cueIssue.get(phraseKey(x.text));
    if (issue) hits.push({ start: x.start, end: x.end, issue });
  }
  for (const p of m.patterns) {
    const re = new RegExp(p.re.source, p.re.flags);
    for (let x = re.exec(text); x !== null; x = re.exec(text)) {
      if (x[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push(
        p.against
          ? { start: x.index, end: x.index + x[0].length, issue: p.issue, against: true }
          : { start: x.index, end: x.index + x[0].length, issue: p.issue },
      );
    }
  }
  // Longest first at one start; an `against` phrase wins over a plain cue it contains ("stay out of NATO" over "NATO").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: IssueHit[] = [];
  for (const h of hits) {
    // Sorted by start, so only recent hits can overlap this one.
    let dup = false;
    for (let j = out.length - 1; j >= 0 && j >= out.length - 8; j--) {
      const o = out[j] as IssueHit;
      if (o.issue !== h.issue || !(h.start < o.end && o.start < h.end)) continue;
      if (h.against && !o.against) out[j] = h; // the negated phrase decides the direction
      dup = true;
    }
    if (!dup) out.push(h);
  }
  return out;
}
