import type { PackIssue } from '../../packs/schema.ts';
import { foldCase, foldedRegExp } from './fold.ts';
import { type LeadTable, leadLiterals, leadsAt, leadTable } from './pattern-leads.ts';
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

export interface IssuePattern {
  readonly re: RegExp;
  /** The same pattern without the `i` flag, for the case-folded text (fold.ts), when that is exact. */
  readonly folded?: RegExp | null;
  readonly issue: string;
  readonly against?: boolean;
}

export interface IssueMatcher {
  readonly cues: PhraseIndex | null;
  /** Normalised cue → issue id; when two issues list the same cue, the later (more specific pack) wins. */
  readonly cueIssue: ReadonlyMap<string, string>;
  readonly patterns: readonly IssuePattern[];
  readonly labels: ReadonlyMap<string, string>;
  /** Where each pattern can start (see LeadIndex); absent or for other patterns: scan them all. */
  readonly leads?: LeadIndex | null;
}

/**
 * The folded patterns whose openings are known (pattern-leads.ts). One walk over the folded text
 * finds every place an opening stands and tries only those patterns there, as sticky regexes; the
 * rest walk the text as before.
 */
interface LeadIndex {
  /** The pattern list this index was built for. */
  readonly patterns: readonly IssuePattern[];
  /** Per pattern, its sticky twin (flags `uy`) when indexed, else null. */
  readonly sticky: readonly (RegExp | null)[];
  readonly table: LeadTable;
}

function leadIndex(patterns: readonly IssuePattern[]): LeadIndex | null {
  const leads = patterns.map((p) => (p.folded ? leadLiterals(p.folded.source) : null));
  const sticky = patterns.map((p, k) => (p.folded && leads[k] ? new RegExp(p.folded.source, 'uy') : null));
  return sticky.some((r) => r !== null) ? { patterns, sticky, table: leadTable(leads) } : null;
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
  const compiled = (p: string) => {
    const re = new RegExp(p, 'giu');
    return { re, folded: foldedRegExp(re) };
  };
  const patterns: IssuePattern[] = issues.flatMap((issue) => [
    ...issue.patterns.map((p) => ({ ...compiled(p), issue: target(issue.id) })),
    ...(issue.against ?? []).map((p) => ({ ...compiled(p), issue: target(issue.id), against: true })),
  ]);
  return {
    cues: phraseIndex([...cueIssue.keys()]),
    cueIssue,
    patterns,
    leads: leadIndex(patterns),
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
  // Patterns run on the case-folded text where they can (several times faster without `i`); the
  // compiled regexes are reused, not copied per article: each scan sets lastIndex before it runs.
  const folded = m.patterns.some((p) => p.folded) ? foldCase(text) : null;
  const leads = folded !== null && m.leads && m.leads.patterns === m.patterns ? m.leads : null;
  const found = leads && folded !== null ? leadScan(folded, leads) : m.patterns.map(() => null);
  m.patterns.forEach((p, k) => {
    const pre = found[k];
    if (pre) {
      for (const { start, end } of pre)
        hits.push(p.against ? { start, end, issue: p.issue, against: true } : { start, end, issue: p.issue });
      return;
    }
    const re = folded !== null && p.folded ? p.folded : p.re;
    const on = re === p.re ? text : (folded as string);
    re.lastIndex = 0;
    for (let x = re.exec(on); x !== null; x = re.exec(on)) {
      if (x[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // The folded text keeps every offset and length of the original.
      hits.push(
        p.against
          ? { start: x.index, end: x.index + x[0].length, issue: p.issue, against: true }
          : { start: x.index, end: x.index + x[0].length, issue: p.issue },
      );
    }
  });
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

/**
 * The matches of every indexed pattern, as its own global scan would find them: a pattern can only
 * match where one of its openings stands, so trying it (sticky) at each such place from left to
 * right, from the end of its last match on, finds the same leftmost matches. Offsets only (the
 * caller adds the issue). A pattern that matches the empty string is left to the plain scan (null).
 */
function leadScan(folded: string, ix: LeadIndex): ({ start: number; end: number }[] | null)[] {
  const out: ({ start: number; end: number }[] | null)[] = ix.sticky.map((r) => (r ? [] : null));
  // Per pattern: where its next match may start (after its last one), and where it was last tried.
  const next = new Int32Array(ix.sticky.length);
  const tried = new Int32Array(ix.sticky.length).fill(-1);
  let i = 0;
  const tryAt = (k: number): void => {
    const got = out[k];
    if (!got || i < (next[k] as number) || tried[k] === i) return;
    tried[k] = i;
    const re = ix.sticky[k] as RegExp;
    re.lastIndex = i;
    const x = re.exec(folded);
    if (x === null) return;
    if (x[0].length === 0) {
      out[k] = null;
      return;
    }
    got.push({ start: i, end: i + x[0].length });
    next[k] = i + x[0].length;
  };
  const { pairs } = ix.table;
  for (const n = folded.length - 1; i < n; i++) {
    // The pair test inline: most positions open nothing, and a call per position costs.
    const a = folded.charCodeAt(i);
    const b = folded.charCodeAt(i + 1);
    if (a < 128 && b < 128 && pairs[a * 128 + b] !== 0) leadsAt(folded, i, ix.table, tryAt);
  }
  return out;
}
