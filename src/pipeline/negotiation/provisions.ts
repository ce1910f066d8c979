import type { Segmented } from '../segment/index.ts';
import type { SectionDefault } from './framing.ts';
import type { IssueHit } from './issues.ts';
import { comparedParagraphs, labelParagraphs } from './provision-comparisons.ts';
import { withEarlierForms } from './provision-earlier-form.ts';
import { ellipticProvisions } from './provision-ellipsis.ts';
import { continuedDescriptions, questionSections } from './provision-explainers.ts';
import { impliedInclusions } from './provision-implied.ts';
import {
  issueTopics,
  originAttributions,
  paragraphFocus,
  topicStandIns,
  withEllipticMentions,
} from './provision-layout.ts';
import { withReferents } from './provision-referents.ts';
import { sentenceProvisions } from './provision-sentence.ts';
import { isModelOf, itemStatus, withoutDeferredRemovals } from './provision-status.ts';
import { thanComparisons } from './provision-than.ts';
import { topicQuestions } from './provision-topic-questions.ts';
import { span, summaryOf, within } from './text.ts';
import type { ProposalMention, ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Provisions: sentences that describe what a version contains. The proposal is the mention that
 * is the subject of the predicate (the nearest before it, skipping contrasted ones: "unlike the
 * 28-point plan, the revised framework …"); each issue cue after a predicate takes that
 * predicate's status: included, dropped (a drop verb, or a negated inclusion), changed (a change
 * verb, or "allows" in a revised version). Passive drops ("was dropped from the plan") look back.
 *
 * This file walks the sentences and runs the readers in order; each lives in its own file:
 * provision-sentence.ts (one sentence's predicates, with provision-predicates.ts,
 * provision-subject.ts, provision-status.ts and provision-placement.ts), provision-explainers.ts
 * (question sections and clause lists), provision-comparisons.ts (label paragraphs) and
 * provision-implied.ts (what a revision implies of the version it revises), provision-than.ts
 * ("went further than the Paris offer on territory") and provision-ellipsis.ts ("So was …").
 */

/** A sentence whose subject is several versions at once ("Both drafts …", "Both also …", "All three …"). */
const GROUP_SUBJECT_RE =
  /^\W*(?:on\s+(?:this|that|the\s+\p{L}+)\s+(?:point|issue|question),?\s+)?(?:both|all\s+three|each\s+of\s+the\s+(?:two|three))(?:\s+(?:drafts|versions|texts|plans|documents|proposals|frameworks))?\s+(?:also\s+|still\s+)?(?!(?:sides|parties|leaders|men|women|countries|nations|governments|delegations|teams|presidents|camps|capitals|armies|of)\b)\p{Ll}+/iu;

/**
 * "Each keeps Ukraine outside NATO": a bare "each" with a verb of its own speaks of every version
 * under comparison, three when the paragraph has said "all three" before, else two. A noun after
 * it ("Each rewrite, the diplomat said, …") is not such a subject.
 */
const EACH_SUBJECT_RE = /^\W*each\s+(?:also\s+|still\s+)?\p{Ll}+s\b(?!['’])/iu;
const THREE_RE = /\b(?:all\s+three|three\s+(?:drafts|versions|texts|plans|documents|proposals))\b/iu;

/**
 * The versions "both" / "all three" stand for: the versions named before, most recent first; when
 * more have been named, the ones the article has named most often (the pair it compares), not a
 * third named in passing ("as the European counter-proposal had also suggested").
 */
function groupVersions(mentions: readonly ProposalMention[], at: number, n: number): string[] {
  const count = new Map<string, number>();
  const order: string[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const mn = mentions[k] as ProposalMention;
    if (mn.start >= at) continue;
    if (!count.has(mn.proposal)) order.push(mn.proposal);
    count.set(mn.proposal, (count.get(mn.proposal) ?? 0) + 1);
  }
  if (order.length <= n) return order;
  // Recency decides among versions named equally often (a stable sort keeps the recency order).
  return [...order].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0)).slice(0, n);
}

/** The last clause break (", although", ", but", ", while", ";") between `from` and `to`, or -1. */
const GROUP_CLAUSE_BREAK_RE = /(?:,\s*(?:although|though|but|while|whereas|even\s+though)\b|;)/giu;
function clauseBreakBefore(text: string, from: number, to: number): number {
  let at = -1;
  const re = new RegExp(GROUP_CLAUSE_BREAK_RE.source, GROUP_CLAUSE_BREAK_RE.flags);
  const part = text.slice(from, to);
  for (let m = re.exec(part); m !== null; m = re.exec(part)) at = from + m.index;
  return at;
}

export function extractProvisions(
  text: string,
  seg: Segmented,
  cueHits: readonly IssueHit[],
  mentionsIn: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  focusIn: (offset: number) => string | null,
  actors: readonly { start: number; end: number }[] = [],
  described: ReadonlyMap<number, string> = new Map(),
  sectionsIn: ReadonlyMap<number, SectionDefault> = new Map(),
  earlierOf: (key: string) => string | null = () => null,
): ProvisionClaim[] {
  // "The original envisaged …", "the revision is silent on it": short names for versions.
  // "In its first form the plan would have …": the revised text's earlier version.
  const mentions = withEarlierForms(
    text,
    withEllipticMentions(text, seg.tokens, mentionsIn, isRevision, earlierOf),
    earlierOf,
  );
  // "The original envisaged … It also promised …": the paragraph's subject is what "it" stands for.
  const focusAt = paragraphFocus(text, seg, mentions, focusIn);
  // "That requirement is gone from the Geneva text": the noun stands for the cue before it; under
  // an issue's heading, "The revised text softens this" touches that issue.
  const issues = topicStandIns(
    text,
    seg,
    withReferents(text, seg, cueHits),
    mentions,
    issueTopics(text, seg, cueHits),
  );
  let sections = sectionsIn;
  const out: ProvisionClaim[] = [];
  const seen = new Set<string>();
  const questions = questionSections(text, seg, mentions, focusAt, isRevision);
  if (questions.size > 0) {
    const merged = new Map(questions);
    for (const [k, v] of sections) merged.set(k, v);
    sections = merged;
  }
  // Only sentences that hold an issue cue are worth a look: walk the issue hits sentence by sentence.
  let i = 0;
  let si = 0;
  const sents = seg.sentences;
  while (i < issues.length && si < sents.length) {
    const s = sents[si];
    if (!s) break;
    const h = issues[i] as IssueHit;
    if (h.start >= s.end) {
      si++;
      continue;
    }
    if (h.start < s.start) {
      i++;
      continue;
    }
    const hits: IssueHit[] = [];
    while (i < issues.length && (issues[i] as IssueHit).start < s.end) hits.push(issues[i++] as IssueHit);
    const sec = sections.get(si);
    const before = out.length;
    // The provisions of this sentence, read as describing `key` (or the version it names itself).
    const provisionsFor = (key: string | null) =>
      sentenceProvisions(
        text,
        s.start,
        s.end,
        hits,
        mentions,
        isRevision,
        focusAt,
        actors,
        out,
        seen,
        key,
        seg.tokens,
      );
    provisionsFor(sec?.item ? sec.key : null);
    // Under a "What's changed" heading, "… is no longer written in" says how the item changed.
    if (sec?.item && sec.status === 'changed')
      for (let k = before; k < out.length; k++) {
        const o = out[k] as ProvisionClaim;
        if (o.proposal === sec.key && o.status === 'dropped') out[k] = { ...o, status: 'changed' };
      }
    // "Both drafts commit the sides to …", "All three keep Ukraine out of NATO": each version the
    // article has named so far (the last two, or three) contains it.
    const group =
      GROUP_SUBJECT_RE.exec(text.slice(s.start, s.end)) ?? EACH_SUBJECT_RE.exec(text.slice(s.start, s.end));
    // "Both versions provide for …, although the timetable in the first draft …": a version named
    // only past a clause break belongs to that later clause; the group speaks of the part before it.
    const inGroupSent = group ? within(mentions, s.start, s.end) : [];
    const groupEnd =
      inGroupSent.length === 0
        ? s.end
        : clauseBreakBefore(
            text,
            s.start + (group?.[0].length ?? 0),
            (inGroupSent[0] as ProposalMention).start,
          );
    if (group && groupEnd > s.start) {
      const paraStart = seg.paragraphs[s.paragraph]?.start ?? s.start;
      const n =
        /^\W*(?:on\s+[^,]{1,30}?,?\s+)?(?:all\s+three|each\s+of\s+the\s+three)/iu.test(group[0]) ||
        (/^\W*each\s/iu.test(group[0]) && THREE_RE.test(text.slice(paraStart, s.start)))
          ? 3
          : 2;
      const keys = groupVersions(mentions, s.start, n);
      if (keys.length === n)
        for (const gk of keys)
          if (groupEnd === s.end) provisionsFor(gk);
          else
            sentenceProvisions(
              text,
              s.start,
              groupEnd,
              hits.filter((h) => h.end <= groupEnd),
              mentions,
              isRevision,
              focusAt,
              actors,
              out,
              seen,
              gk,
              seg.tokens,
            );
    }
    // "Under the plan, Ukraine would withdraw from …": every issue the description names is in it;
    // so does every item of a section listing a version's contents ("What's out: - the amnesty").
    // A section item whose own subject is another version ("The earlier plan would have …" under
    // "What's changed") speaks of that version: its predicates placed it, the heading does not.
    const subj = within(mentions, s.start, s.end)[0];
    const otherSubject =
      sec?.item && subj && subj.proposal !== sec.key && subj.start - s.start < 40 ? subj.proposal : null;
    const key = described.get(si) ?? (sec?.item && !otherSubject ? sec.key : undefined);
    // A bare label ("Amnesty.") takes its wording from the rest of its paragraph.
    const stext = text.slice(s.start, s.end);
    const para = seg.paragraphs[s.paragraph];
    const wording =
      /^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\.$/iu.test(stext) && para
        ? text.slice(s.start, para.end)
        : stext;
    const status: ProvisionStatus = described.has(si)
      ? 'included'
      : itemStatus(wording, sec?.status ?? 'included');
    if (key) {
      for (const h of hits) {
        if (isModelOf(text, s.start, h, hits)) continue;
        const k = `${key}|${h.issue}|${s.start}`;
        if (seen.has(k)) continue;
        // An item whose own predicate already placed this issue in another version says no more.
        if (out.some((o) => o.issue === h.issue && o.evidence.start === s.start)) continue;
        seen.add(k);
        out.push({
          proposal: key,
          issue: h.issue,
          status,
          summary: summaryOf(text, s.start, s.end),
          evidence: span(text, s.start, s.end),
          rule: described.has(si) ? 'provision:described' : 'provision:section',
        });
      }
    }
    si++;
  }
  continuedDescriptions(text, seg, cueHits, mentions, focusAt, described, sections, out);
  // "…, a figure first floated in a European counter-proposal": that version had the point.
  originAttributions(text, seg, issues, mentions, out, (proposal, issue, from, to) =>
    out.push({
      proposal,
      issue,
      status: 'included',
      summary: summaryOf(text, from, to),
      evidence: span(text, from, to),
      rule: 'provision:origin',
    }),
  );
  labelParagraphs(text, seg, cueHits, mentions, sections, isRevision, out);
  // "Are there elections? Yes. …": a heading that asks about one issue, answered below.
  topicQuestions(text, seg, issues, mentions, focusAt, out);
  // "It went further than the Paris offer on territory": the version compared with has the point.
  thanComparisons(text, seg, issues, mentions, out);
  // "So was the requirement that …": an elliptical sentence repeats the one before it.
  out.push(...ellipticProvisions(text, seg, issues, mentions, out));
  const settled = withoutDeferredRemovals(
    seg,
    comparedParagraphs(text, seg, mentions, sections, isRevision, out),
  );
  return impliedInclusions(text, seg, issues, mentions, isRevision, earlierOf, settled);
}
