import type { Segmented } from '../segment/index.ts';
import type { SectionDefault } from './framing.ts';
import type { IssueHit } from './issues.ts';
import { COUNTER_KEY } from './proposal-candidates.ts';
import { PARTY_SPEAKS_RE } from './provision-explainers.ts';
import { ITEM_CHANGED_RE, ITEM_DROPPED_RE } from './provision-status.ts';
import { lowerBound, span, within } from './text.ts';
import type { ProposalMention, ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Comparison pieces: paragraphs headed by a one- or two-word issue label that set versions side
 * by side, and, when a counter-proposal is one of them, what it does on that issue read as its
 * own version of the point. Kept apart because these read whole paragraphs under a label, not
 * sentences.
 */

/**
 * Comparison pieces set two versions side by side one issue at a time, each paragraph opening
 * with a one- or two-word label ("NATO.", "Sanctions.", "The army.") and going on about the
 * versions ("Both envisage lifting restrictions. The later plan adds …", "The November document
 * instead has a ceasefire take effect only once …"). The label names the issue; a sentence whose
 * subject is a version (or both: "Both documents …", "each rules out …", "the two texts agree")
 * puts it in that version. A negated predicate ("placed no cap on …") says the version lacks it,
 * which is not a removal: nothing is recorded. Labels under a section heading are the section's.
 */
const LABEL_ONLY_RE = /^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\.\s*$/iu;
/** "Both documents …", "Both envisage …", "On this the two texts agree: each rules out …". */
const GROUP_OPEN_RE =
  /^\W*(?:[^.;:]{0,40}\b(?:the\s+two|both)\s+(?:texts|documents|drafts|versions|plans|proposals)\s+(?:agree|concur|are\s+alike|converge)\b[^.;:]{0,30}[:;,]\s*(?:each|both)?|(?:both|each)(?:\s+(?:of\s+them|documents|texts|drafts|versions|plans|proposals))?)\s+(?:also\s+|still\s+)?\p{Ll}/iu;
const SUBJECT_LEAD_RE =
  /^\W*(?:(?:only|and|but|so|yet|meanwhile|instead|now|also|by\s+contrast|in\s+contrast)[,\s]+)?$/iu;
const WHEN_LEAD_RE = /^\W*in\s+(?:the\s+)?(\p{L}+)(?:\s*,|\s+(?=the\s))/iu;
/** The issue a cue-less label heads: the one with at least two cues in its paragraph and more than any other. */
function dominantIssue(hits: readonly IssueHit[], firstEnd: number): string[] {
  const n = new Map<string, number>();
  for (const h of hits) n.set(h.issue, (n.get(h.issue) ?? 0) + 1);
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && (second ? top[1] >= 2 && top[1] > second[1] : top[1] >= 1)) return [top[0]];
  // A tie: the issue the first sentence under the label names first ("The alliance. … joining NATO").
  const first = hits[0];
  return top && first && first.start < firstEnd && n.get(first.issue) === top[1] ? [first.issue] : [];
}
const PRED_NEGATED_RE =
  /^[\s,]*(?:\p{L}+\s+){0,2}?(?:no|not|never|nothing|neither|nor|without|n['’]t)\b|^[\s,]*(?:\p{L}+\s+)?(?:lacks?|lacked|omits?|omitted|left\s+out|leaves\s+out)\b/iu;
export function labelParagraphs(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  sections: ReadonlyMap<number, SectionDefault>,
  isRevision: (key: string) => boolean,
  out: ProvisionClaim[],
): void {
  const sents = seg.sentences;
  for (let si = 0; si < sents.length; si++) {
    const lab = sents[si] as (typeof sents)[number];
    const para = seg.paragraphs[lab.paragraph];
    if (!para || lab.start > para.start + 2 || sections.get(si)?.item) continue;
    if (!LABEL_ONLY_RE.test(text.slice(lab.start, lab.end))) continue;
    let labelIssues = [...new Set(within(issues, lab.start, lab.end).map((h) => h.issue))];
    // "The army.", "Money.": a label with no cue of its own heads the issue its paragraph is about,
    // when one issue clearly dominates the paragraph's cues (at least two, more than any other).
    if (labelIssues.length === 0)
      labelIssues = dominantIssue(within(issues, lab.end, para.end), sents[si + 1]?.end ?? lab.end);
    if (labelIssues.length === 0) continue;
    // The versions under comparison: the last two the article named before this paragraph.
    const pair: string[] = [];
    for (let k = lowerBound(mentions, lab.start) - 1; k >= 0 && pair.length < 2; k--) {
      const key = (mentions[k] as ProposalMention).proposal;
      if (!pair.includes(key)) pair.push(key);
    }
    for (let sj = si + 1; sj < sents.length && sents[sj]?.paragraph === lab.paragraph; sj++) {
      const s = sents[sj] as (typeof sents)[number];
      const stext = text.slice(s.start, s.end);
      // "In Geneva, officials said, the clause was reworded": a parenthetical attribution of a fact.
      const told = stext.replace(/,\s+(?:[\p{L}-]+\s+){1,3}(?:said|say|says)\s*,/giu, ',');
      if (PARTY_SPEAKS_RE.test(told) || /\bneither\b/iu.test(stext.slice(0, 60))) continue;
      let keys: string[] = [];
      let predAt = -1;
      const group = GROUP_OPEN_RE.exec(stext);
      const inSent = within(mentions, s.start, s.end);
      const first = inSent[0];
      if (group && pair.length === 2 && (!first || first.start >= s.start + group[0].length)) {
        keys = [...pair];
        predAt = s.start + group[0].length - 1;
      } else if (
        first &&
        SUBJECT_LEAD_RE.test(text.slice(s.start, first.start)) &&
        !/^['’]s\b/u.test(text.slice(first.end, first.end + 3))
      ) {
        keys = [first.proposal];
        predAt = first.end;
      } else {
        // "In April, Ukraine's security was to be underwritten by …": the version the article has
        // named by that month or season.
        const when = WHEN_LEAD_RE.exec(stext);
        const word = when?.[1]?.toLowerCase();
        if (
          when &&
          word &&
          /^(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)$/u.test(
            word,
          )
        ) {
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (new RegExp(`\\b${word}\\b`, 'iu').test(mn.text)) {
              keys = [mn.proposal];
              break;
            }
          }
          predAt = s.start + when[0].length;
        } else if (when && word) {
          // "In Geneva the wording was loosened again": the version the article named after that place.
          const at = /^\W*in\s+(?:the\s+)?\p{L}+/iu.exec(stext);
          const named = new Set<string>();
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (new RegExp(`\\b${word}\\b`, 'iu').test(mn.text)) named.add(mn.proposal);
          }
          if (named.size === 1 && at) {
            keys = [...named];
            predAt = s.start + at[0].length;
          }
        }
        // "The Europeans raised the figure to 800,000": the drafters, by the adjective their text was
        // named with ("the European draft"), stand for it when they are said to have edited it.
        const who = /^\W*[Tt]he\s+(\p{Lu}\p{Ll}+(?:an|ish|ese|ian))s\s+(?=\p{Ll})/u.exec(stext);
        if (keys.length === 0 && who && ITEM_CHANGED_RE.test(stext)) {
          const adj = who[1] as string;
          const named = new Set<string>();
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (new RegExp(`\\b${adj}\\b`, 'u').test(mn.text)) named.add(mn.proposal);
          }
          if (named.size === 1) {
            keys = [...named];
            predAt = s.start + who[0].length;
          }
        }
        // "Washington proposes lifting sanctions in stages": a capital or state opening the sentence
        // with a verb of its own stands for the one version the article named after it
        // ("Washington's plan"); a party named in no version's name says what it wants, not a text.
        const capital =
          /^\W*(\p{Lu}\p{Ll}+)\s+(?:also\s+|still\s+|now\s+)?(?:proposes|offers|envisages|foresees|keeps|puts|sets|wants|would)\b/u.exec(
            stext,
          );
        if (keys.length === 0 && capital) {
          const word = new RegExp(`\\b${capital[1]}['’]s\\b`, 'u');
          const named = new Set<string>();
          for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
            const mn = mentions[k] as ProposalMention;
            if (word.test(mn.text)) named.add(mn.proposal);
          }
          if (named.size === 1) {
            keys = [...named];
            predAt = s.start + capital[0].length;
          }
        }
      }
      if (keys.length === 0 || PRED_NEGATED_RE.test(text.slice(predAt, s.end))) continue;
      if (ITEM_DROPPED_RE.test(stext)) continue;
      for (const key of keys)
        for (const issue of labelIssues) {
          if (
            out.some(
              (o) =>
                o.proposal === key &&
                o.issue === issue &&
                o.evidence.start >= para.start &&
                o.evidence.start < para.end,
            )
          )
            continue;
          out.push({
            proposal: key,
            issue,
            status: isRevision(key) && ITEM_CHANGED_RE.test(stext) ? 'changed' : 'included',
            summary: `${text.slice(lab.start, lab.end).trim()} ${stext.slice(0, 180)}`
              .replace(/\s+/g, ' ')
              .trim(),
            evidence: span(text, s.start, s.end),
            rule: 'provision:label',
          });
        }
    }
  }
}

/**
 * In a label paragraph that sets a revision (or a counter-proposal) against the text it answers
 * ("Money. Under the American plan, … The European text instead keeps the assets frozen …"), what
 * the revision is said to do on that issue is its own version of the point: changed, not simply
 * included, unless both are said to share it ("Both keep …", "… too" with nothing added). A
 * changed or dropped reading of an issue there replaces an included one for the same version.
 */
export function comparedParagraphs(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  sections: ReadonlyMap<number, SectionDefault>,
  isRevision: (key: string) => boolean,
  out: ProvisionClaim[],
): ProvisionClaim[] {
  const sents = seg.sentences;
  let res = out;
  for (let si = 0; si < sents.length; si++) {
    const lab = sents[si] as (typeof sents)[number];
    const para = seg.paragraphs[lab.paragraph];
    if (!para || lab.start > para.start + 2 || sections.get(si)?.item) continue;
    if (!LABEL_ONLY_RE.test(text.slice(lab.start, lab.end))) continue;
    const inPara = within(mentions, lab.end, para.end);
    // Versions the paragraph speaks of: those it names and those its label readings stood for
    // ("Washington proposes …" read as Washington's plan).
    const keys = [
      ...new Set([
        ...inPara.map((m) => m.proposal),
        ...res
          .filter(
            (o) => o.rule === 'provision:label' && o.evidence.start >= lab.end && o.evidence.start < para.end,
          )
          .map((o) => o.proposal),
      ]),
    ];
    if (keys.length < 2) continue;
    // Only a rival text: a later version of the same plan may simply restate or extend a point.
    if (!keys.includes(COUNTER_KEY) || !isRevision(COUNTER_KEY)) continue;
    const rev = COUNTER_KEY;
    const claims = res.filter((o) => o.evidence.start >= lab.end && o.evidence.start < para.end);
    const changedIssues = new Set<string>();
    res = res.map((o) => {
      if (!claims.includes(o) || o.proposal !== rev || o.status !== 'included') return o;
      const stext = text.slice(o.evidence.start, o.evidence.end);
      if (GROUP_OPEN_RE.test(stext) || /^\W*both\b/iu.test(stext)) return o;
      changedIssues.add(o.issue);
      return { ...o, status: 'changed' as ProvisionStatus };
    });
    for (const o of res)
      if (
        o.proposal === rev &&
        o.status !== 'included' &&
        o.evidence.start >= lab.end &&
        o.evidence.start < para.end
      )
        changedIssues.add(o.issue);
    res = res.filter(
      (o) =>
        !(
          o.proposal === rev &&
          o.status === 'included' &&
          changedIssues.has(o.issue) &&
          o.evidence.start >= lab.end &&
          o.evidence.start < para.end
        ),
    );
  }
  return res;
}
