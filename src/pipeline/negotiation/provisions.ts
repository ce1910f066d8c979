import type { Segmented } from '../segment/index.ts';
import { OBJECT_PREP_RE, OBJECT_VERB_RE } from './clause.ts';
import type { SectionDefault } from './framing.ts';
import type { IssueHit } from './issues.ts';
import { PROVISION_CUES, type ProvisionVerb } from './lexicon.ts';
import { COUNTER_KEY } from './proposals.ts';
import { span, within } from './text.ts';
import type { ProposalMention, ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Provisions: sentences that describe what a version contains. The proposal is the mention that
 * is the subject of the predicate (the nearest before it, skipping contrasted ones: "unlike the
 * 28-point plan, the revised framework …"); each issue cue after a predicate takes that
 * predicate's status: included, dropped (a drop verb, or a negated inclusion), changed (a change
 * verb, or "allows" in a revised version). Passive drops ("was dropped from the plan") look back.
 */

/**
 * Predicates of our own, read before the shared lexicon's: "no longer sets a ceiling", "no longer
 * fixes …" (any verb after "no longer" takes the item out) and "leaves X to Y" (a question handed
 * elsewhere: the text changes it rather than settling it).
 */
const LOCAL_CUES: readonly { readonly re: string; readonly kind: ProvisionVerb }[] = [
  // "is no longer settled in advance": left open rather than taken out.
  {
    re: String.raw`no\s+longer\s+(?:settled|fixed|specified|spelled\s+out|decided|defined|determined|prescribed)`,
    kind: 'change',
  },
  { re: String.raw`no\s+longer\s+(?!(?:be|is|are|was|were|has|have|had)\b)\p{L}+`, kind: 'drop' },
  // "rewrites the passages on land": the clauses named are in the text, altered.
  {
    re: String.raw`(?:rewrites|rewrote|rewritten|reworks|reworked|revises|revised|amends|amended|softens|softened|loosens|loosened|alters|altered|tightens|tightened)\s+(?:the\s+|its\s+)?(?:passages?|clauses?|sections?|provisions?|language|wording|terms|points?)`,
    kind: 'change',
  },
  // Plural subjects ("Both drafts commit the sides to …", "Both also promise …").
  {
    re: String.raw`(?:commit|promise|pledge|guarantee|envisage|foresee|stipulate|provide\s+for|call\s+for|contain|grant|cap|bar|ban)`,
    kind: 'include',
  },
  // "The earlier plan would have treated Crimea as Russian": what a superseded version contained.
  {
    re: String.raw`would\s+have\s+(?:required|forced|capped|limited|barred|banned|treated|recogni[sz]ed|handed|given|granted|frozen|obliged|made|set|lifted|ceded|kept|restricted|reduced|committed|guaranteed|allowed|let)`,
    kind: 'include',
  },
  // "lifts the military ceiling to 800,000", "raised the cap": a limit moved, not removed.
  {
    re: String.raw`(?:lifts|lifted|raises|raised|lowers|lowered|loosens|loosened|eases|eased|relaxes|relaxed)\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:ceiling|cap|limit|threshold)s?`,
    kind: 'change',
  },
  {
    re: String.raw`(?:leaves|left|leaving|leave)\s+(?:the\s+)?(?:question|issue|matter|fate|status|decision)`,
    kind: 'change',
  },
  // "also set a ceiling of 600,000", "ruled out NATO membership", "does not ask Ukrainian forces to
  // leave": what a version sets, rules out or asks of a party is in it (negated: taken out).
  { re: String.raw`(?:set|sets)(?=\s+(?:a|an|the|no)\b)`, kind: 'include' },
  { re: String.raw`(?:rules?|ruled|ruling)\s+out`, kind: 'include' },
  {
    re: String.raw`(?:asks?|asked|expects?|expected(?=\s+\p{L}+\s+to\b)|compels?|compelled)`,
    kind: 'include',
  },
  { re: String.raw`(?:taken|take)\s+out`, kind: 'drop' },
  // "it added a cap of 600,000": what a version adds is in it.
  { re: String.raw`(?:adds|added|adding|introduces|introduced|inserts|inserted)`, kind: 'include' },
];
const ALL_CUES = [...LOCAL_CUES, ...PROVISION_CUES];
const PROVISION_RE = new RegExp(
  `(?<![\\p{L}])(?:${ALL_CUES.map((c, i) => `(?<p${i}>${c.re})`).join('|')})(?![\\p{L}])`,
  'giu',
);
/** A sentence whose subject is several versions at once ("Both drafts …", "Both also …", "All three …"). */
const GROUP_SUBJECT_RE =
  /^\W*(?:both|all\s+three|each\s+of\s+the\s+(?:two|three))(?:\s+(?:drafts|versions|texts|plans|documents|proposals|frameworks))?\s+(?:also\s+|still\s+)?\p{Ll}+/iu;
/** A clause set against its earlier form. */
const VERSUS_RE =
  /\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|up\s+from|down\s+from|in\s+place\s+of|as\s+opposed\s+to)\b/iu;
/** "Instead, it says …": a sentence opening so replaces what the one before it took out. */
const INSTEAD_NEXT_RE = /^\W*(?:instead|in\s+(?:its|their)\s+place|rather)\b/iu;
/** A predicate inside a relative clause on the object ("drops the clause that would have barred …"). */
const REL_CLAUSE_LEAD_RE = /\b(?:that|which|who)\s+(?:would\s+have\s+|would\s+|had\s+|has\s+)?$/iu;
// "Nor does it bar …": the negation governs the predicate across the inverted auxiliary and subject.
const NEGATED_RE = /\b(?:(?:not|no\s+longer|never|n['’]t)\s+(?:\w+\s+)?|nor\s+(?:\w+\s+){0,2})$/iu;
const PASSIVE_RE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/iu;
const CONTRAST_RE =
  /\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to|instead\s+of|than|from|replacing|rather\s+than)\s+(?:the\s+|a\s+|an\s+|trump['’]s\s+)?(?:[^\s,]+\s+){0,3}$/iu;
const PRONOUN_SUBJECT_RE =
  /^\W*(?:(?:nor|neither|and|but|also|instead|meanwhile|crucially|however|in\s+addition|beyond\s+that|on\s+\p{L}+)[,\s]+(?:(?:does|did|would|will|is|was|has)\s+)?)?(?:it|the\s+(?:document|text|draft|proposal|plan|framework|deal|agreement)|its\s+(?:[\p{L}-]+\s+){0,2}(?:terms|provisions|clauses|language|wording|points|sections?|measures|proposals))\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|expected|hard|difficult|time|too))/iu;
/**
 * A drop followed by what takes its place is a change: "no longer caps the army at 600,000; a
 * looser ceiling of 800,000 replaces it", "removes the deadline and instead asks for …".
 */
const REPLACED_RE =
  /\b(?:replac(?:es|ed|ing)\s+(?:it|them)|(?:is|are|was|were|been)\s+replaced|in\s+(?:its|their)\s+place|instead|substitut\w+|(?:looser|higher|lower|tighter|softer|smaller|larger|bigger|shorter|longer|new|different|revised|weaker|vaguer)\s+(?:ceiling|cap|limit|threshold|figure|number|wording|formula|clause|provision|language|deadline|timeline|timetable))\b/iu;
const PASSIVE_EDIT_RE =
  /\b(?:has|have|had|was|were|is|are)\s+(?:also\s+|now\s+|since\s+|quietly\s+)*(?:been\s+)?(?:dropped|removed|scrapped|struck\s+out|deleted|omitted|cut|softened|rewritten|reworked|watered\s+down|loosened|narrowed|amended|replaced)\b/iu;
/** A determiner (or possessive) right before a cue word makes it a noun ("a limit", "its ban"). */
const DET_BEFORE_RE = /\b(?:a|an|the|any|its|their|no|every)\s+$/iu;
/**
 * "Guarantees modelled on NATO's Article 5", "mirroring the NATO treaty": a cue named as the model
 * for another clause is a standard of comparison, not an issue the text settles.
 */
const MODEL_OF_RE =
  /\b(?:modell?ed\s+on|patterned\s+on|based\s+on|mirroring|mirrors?|mirrored|similar\s+to|akin\s+to|like|along\s+the\s+lines\s+of|in\s+the\s+style\s+of|equivalent\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
/** "…, which the plan would place under …": the relative clause's antecedent is the cue before it. */
const REL_AFTER_CUE_RE = /^[^,;.]{0,50}?,?\s+(?:which|that)\s+$/u;

/** A section item's own wording overrides its heading: "The cap was raised" is a change, "… was removed" a drop. */
const ITEM_CHANGED_RE =
  /\b(?:rework\w*|rewrit\w*|rewritten|raised|lowered|soften\w*|loosen\w*|tighten\w*|revised|amended|changed|replaced|narrow\w*|widen\w*|expanded|reduced|lifted|no\s+longer\s+(?:settled|fixed|specified|spelled\s+out|decided))\b/iu;
const ITEM_DROPPED_RE =
  /\b(?:removed|dropped|deleted|struck(?:\s+out)?|gone|scrapped|omitted|no\s+longer)\b/iu;
function itemStatus(stext: string, dflt: ProvisionStatus): ProvisionStatus {
  // Under a "What's changed" heading, "X is no longer written in" describes how the item changed.
  if (dflt === 'changed' || ITEM_CHANGED_RE.test(stext)) return 'changed';
  if (ITEM_DROPPED_RE.test(stext)) return 'dropped';
  return dflt;
}

/**
 * Whether a party mention could be a clause's subject: not after a preposition or a verb ("the ban
 * on NATO membership", "barring Ukraine from NATO"), not a possessive or an attribute ("Ukraine's
 * army", "the Ukrainian army").
 */
function isSubjectParty(text: string, sStart: number, a: { start: number; end: number }): boolean {
  const pre = text.slice(Math.max(sStart, a.start - 30), a.start);
  if (OBJECT_PREP_RE.test(pre) || OBJECT_VERB_RE.test(pre)) return false;
  if (/\b(?:of|on|from|to|for|in|into|with|by|against|the|a|an|its|their)\s+$/iu.test(pre)) return false;
  if (/^['’]s\b/u.test(text.slice(a.end, a.end + 3))) return false;
  return true;
}

function isModelOf(text: string, sStart: number, h: IssueHit, hits: readonly IssueHit[]): boolean {
  const m = MODEL_OF_RE.exec(text.slice(Math.max(sStart, h.start - 60), h.start));
  if (!m) return false;
  // The model's modifier ("NATO's Article 5", "Article 5 of the NATO treaty") is the standard, not
  // the clause; the model's head ("Article 5" as a guarantee cue) stays unless another issue's
  // clause is what it models ("security guarantees modelled on …" keeps the guarantees).
  if (/^['’]s\b/u.test(text.slice(h.end, h.end + 3)) || /\bof\s+(?:the\s+)?$/iu.test(m[0])) return true;
  const at = h.start - m[0].length;
  return hits.some((o) => o.issue !== h.issue && o.end <= at && at - o.end <= 40);
}

interface Pred {
  start: number;
  end: number;
  kind: ProvisionVerb;
  negated: boolean;
  passive: boolean;
  /** A cue word used as a noun: it stands for a predicate only when no verb governs it. */
  noun: boolean;
}

function kindOf(x: RegExpExecArray): ProvisionVerb | null {
  const g = x.groups;
  if (!g) return null;
  for (let i = 0; i < ALL_CUES.length; i++) if (g[`p${i}`] !== undefined) return ALL_CUES[i]?.kind ?? null;
  return null;
}

export function extractProvisions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  focusAt: (offset: number) => string | null,
  actors: readonly { start: number; end: number }[] = [],
  described: ReadonlyMap<number, string> = new Map(),
  sections: ReadonlyMap<number, SectionDefault> = new Map(),
): ProvisionClaim[] {
  const out: ProvisionClaim[] = [];
  const seen = new Set<string>();
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
      sec?.item ? sec.key : null,
    );
    // Under a "What's changed" heading, "… is no longer written in" says how the item changed.
    if (sec?.item && sec.status === 'changed')
      for (let k = before; k < out.length; k++) {
        const o = out[k] as ProvisionClaim;
        if (o.proposal === sec.key && o.status === 'dropped') out[k] = { ...o, status: 'changed' };
      }
    // "Both drafts commit the sides to …", "All three keep Ukraine out of NATO": each version the
    // article has named so far (the last two, or three) contains it.
    const group = GROUP_SUBJECT_RE.exec(text.slice(s.start, s.end));
    if (group && within(mentions, s.start, s.end).length === 0) {
      const n = /^\W*(?:all\s+three|each\s+of\s+the\s+three)/iu.test(group[0]) ? 3 : 2;
      const keys: string[] = [];
      for (let k = mentions.length - 1; k >= 0 && keys.length < n; k--) {
        const mn = mentions[k] as ProposalMention;
        if (mn.start < s.start && !keys.includes(mn.proposal)) keys.push(mn.proposal);
      }
      if (keys.length === n)
        for (const gk of keys)
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
            gk,
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
          summary: text
            .slice(s.start, Math.min(s.end, s.start + 200))
            .replace(/\s+/g, ' ')
            .trim(),
          evidence: span(text, s.start, s.end),
          rule: described.has(si) ? 'provision:described' : 'provision:section',
        });
      }
    }
    si++;
  }
  return out;
}

function sentenceProvisions(
  text: string,
  sStart: number,
  sEnd: number,
  hits: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  focusAt: (offset: number) => string | null,
  actors: readonly { start: number; end: number }[],
  out: ProvisionClaim[],
  seen: Set<string>,
  sectionKey: string | null = null,
): void {
  const stext = text.slice(sStart, sEnd);
  if (/\?\s*["”]?\s*$/.test(stext)) return;
  const inSent = within(mentions, sStart, sEnd);
  // With no mention, "it"/"the text" is the version in focus; inside a section, the section's version.
  const focusKey = focusAt(sStart);
  const pronounKey =
    inSent.length === 0
      ? PRONOUN_SUBJECT_RE.test(stext)
        ? (sectionKey ?? focusAt(sStart))
        : sectionKey
      : null;
  // "The clause granting an amnesty has been struck out": a passive drop or change with no party in
  // the sentence is said of the version under discussion.
  const passiveKey =
    inSent.length === 0 &&
    !pronounKey &&
    within(actors, sStart, sEnd).every((a) => !isSubjectParty(text, sStart, a)) &&
    PASSIVE_EDIT_RE.test(stext)
      ? focusAt(sStart)
      : null;
  if (inSent.length === 0 && !pronounKey && !passiveKey) return;
  const preds: Pred[] = [];
  const re = new RegExp(PROVISION_RE.source, PROVISION_RE.flags);
  for (let x = re.exec(stext); x !== null; x = re.exec(stext)) {
    const kind = kindOf(x);
    if (!kind) continue;
    const start = sStart + x.index;
    const lead = text.slice(Math.max(sStart, start - 25), start);
    preds.push({
      // "fixes a limit on", "a pledge that …": a cue word after a determiner is a noun.
      noun: kind !== 'change' && DET_BEFORE_RE.test(lead),
      start,
      end: start + x[0].length,
      kind,
      negated: NEGATED_RE.test(lead),
      passive: PASSIVE_RE.test(lead),
    });
  }
  if (preds.length === 0) return;
  // The proposal a predicate belongs to: the nearest non-contrasted mention before it.
  const proposalFor = (at: number): string | null => {
    for (let k = inSent.length - 1; k >= 0; k--) {
      const mn = inSent[k] as ProposalMention;
      if (mn.start >= at) continue;
      const lead = text.slice(Math.max(sStart, mn.start - 40), mn.start);
      if (CONTRAST_RE.test(lead)) continue;
      // "It keeps the architecture of the 28-point plan but rewrites …": with a pronoun subject, a
      // mention inside a prepositional phrase is an object, not the subject of later predicates.
      if (focusKey && PRONOUN_SUBJECT_RE.test(stext) && /\b(?:of|in|from|with|to)\s+$/iu.test(lead)) continue;
      // An actor between the mention and the predicate is its subject ("since the plan, Russia has demanded").
      const apposEnd = /^,[^,]*,/u.exec(text.slice(mn.end, at));
      const from = apposEnd ? mn.end + apposEnd[0].length : mn.end;
      for (const a of within(actors, from, at)) {
        const pre = text.slice(Math.max(sStart, a.start - 30), a.start);
        // "set a ceiling …, ruled out NATO membership and promised …": a party after one of this
        // version's own predicates, with no clause break between, is inside its object.
        if (
          preds.some(
            (p) =>
              p.end <= a.start &&
              p.start >= from &&
              !/[;:]|,\s+(?:and|but|while)\s/u.test(text.slice(p.end, a.start)),
          )
        )
          continue;
        if (OBJECT_PREP_RE.test(pre) || OBJECT_VERB_RE.test(pre) || /\bof\s+(?:the\s+)?$/iu.test(pre))
          continue; // an object, not a subject
        if (/^['’]s/u.test(text.slice(a.end, a.end + 2))) continue; // a possessive
        return null;
      }
      return mn.proposal;
    }
    if (inSent.length > 0 && PRONOUN_SUBJECT_RE.test(stext) && !CONTRAST_RE.test(stext.slice(0, 3)))
      return sectionKey ?? focusKey;
    return pronounKey ?? passiveKey;
  };
  for (const h of hits) {
    if (isModelOf(text, sStart, h, hits)) continue;
    // The predicate governing this cue: the last one before it; or a passive drop/change after it.
    let pred: Pred | null = null;
    for (const p of preds) if (p.start <= h.start) pred = p;
    // "The ban on NATO membership has been dropped": a noun cue is the subject of a passive edit.
    if (pred?.noun && preds.some((p) => p.start > h.end && p.passive && p.kind !== 'include')) pred = null;
    // "no longer fixes a limit on the size of …": the verb before a noun cue is its predicate.
    if (pred?.noun) {
      const at = pred.start;
      const verb = preds.filter((p) => p.end <= at && !p.noun).pop();
      if (
        verb &&
        !/[;:]|,\s+(?:and|but|while)\s|\b(?:but|while|whereas|although|though)\b/iu.test(
          text.slice(verb.end, at),
        )
      )
        pred = verb;
    }
    // "The clause that granted an amnesty has been struck out": a predicate inside a relative clause
    // on the cue's noun is not the main one; a passive drop or change after the cue is.
    if (pred && /\b(?:that|which)\s+$/iu.test(text.slice(Math.max(sStart, pred.start - 8), pred.start))) {
      const main = preds.find(
        (p) => p.start > h.end && p.passive && (p.kind === 'drop' || p.kind === 'change'),
      );
      if (main) pred = null;
    }
    // "The new draft also drops the clause that would have barred Kyiv from NATO": the verb inside
    // the relative clause describes the old clause; the main verb before it says what happened.
    if (pred && REL_CLAUSE_LEAD_RE.test(text.slice(Math.max(sStart, pred.start - 25), pred.start))) {
      const at = pred.start;
      const outer = preds.filter((p) => p.end <= at && !p.passive).pop();
      if (outer && outer.kind !== 'include' && !/[;:]/u.test(text.slice(outer.end, pred.start))) pred = outer;
    }
    let proposal: string | null = pred ? proposalFor(pred.start) : null;
    if (pred?.passive && pred.kind !== 'include') pred = null;
    if (!pred || !proposal) {
      // "the nuclear plant, which the plan would place under international management"
      for (const mn of inSent) {
        if (mn.start <= h.end || mn.start - h.end > 60) continue;
        if (!REL_AFTER_CUE_RE.test(text.slice(h.end, mn.start))) continue;
        if (hits.some((o) => o.start > h.end && o.start < mn.start)) break; // only the nearest cue is the antecedent
        const p = preds.find((q) => q.start >= mn.end && q.start - mn.end <= 25 && !q.passive);
        if (p) {
          pred = p;
          proposal = mn.proposal;
        }
        break;
      }
    }
    if (!pred || !proposal) {
      const after = preds.find(
        (p) => p.start >= h.end && p.passive && (p.kind === 'drop' || p.kind === 'change'),
      );
      if (after) {
        pred = after;
        proposal = within(inSent, after.end, sEnd)[0]?.proposal ?? proposalFor(h.start) ?? null;
      }
    }
    if (!pred || !proposal) continue;
    // The cue must sit in the predicate's clause: no sentence-level break between them.
    const gap = text.slice(Math.min(pred.end, h.start), Math.max(pred.end, h.start));
    if (
      /[;:]|\s[—–]\s(?!\s*including)|\b(?:but|while|whereas|although|said|says)\b|,\s+and\s+(?:it|they|he|she)\b/iu.test(
        gap,
      ) &&
      gap.length > 0
    ) {
      if (!/^[^;]*\bincluding\b/iu.test(gap)) continue;
    }
    let status: ProvisionStatus;
    if (pred.kind === 'drop') status = pred.negated ? 'included' : 'dropped';
    else if (pred.kind === 'change') status = 'changed';
    // "allows …" loosens a revision of one's own text; in a counter-proposal it is simply its term.
    else if (pred.kind === 'allow')
      status = isRevision(proposal) && proposal !== COUNTER_KEY ? 'changed' : 'included';
    else status = pred.negated ? 'dropped' : 'included';
    if (
      status === 'dropped' &&
      (REPLACED_RE.test(text.slice(pred.end, sEnd)) || INSTEAD_NEXT_RE.test(text.slice(sEnd, sEnd + 40)))
    )
      status = 'changed';
    // "The section on frozen assets has been reworked": an inclusion reworded in a revision is a change.
    if (status === 'included' && isRevision(proposal) && ITEM_CHANGED_RE.test(text.slice(h.end, sEnd)))
      status = 'changed';
    // "… from the line of contact instead of from …", "an army of 800,000, up from the cap in the
    // first draft": a revision's clause set against the earlier one is a change.
    if (status === 'included' && isRevision(proposal) && VERSUS_RE.test(stext)) status = 'changed';
    const key = `${proposal}|${h.issue}|${sStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sumStart = Math.min(pred.start, h.start);
    const stop = /[,;.]/u.exec(text.slice(Math.max(pred.end, h.end), sEnd));
    const sumEnd = stop ? Math.max(pred.end, h.end) + stop.index : sEnd;
    const summary = text
      .slice(sumStart, Math.min(sumEnd, sumStart + 200))
      .replace(/\s+/g, ' ')
      .trim();
    out.push({
      proposal,
      issue: h.issue,
      status,
      summary,
      evidence: span(text, sStart, sEnd),
      rule: `provision:${pred.kind}${pred.negated ? ':negated' : ''}${pred.passive ? ':passive' : ''}`,
    });
  }
}
