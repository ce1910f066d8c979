import type { Segmented } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { COUNTER_KEY } from './proposal-candidates.ts';
import { type Pred, SURVIVES_RE } from './provision-predicates.ts';
import { lowerBound } from './text.ts';
import type { ProposalMention, ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Provision status: what a predicate makes of the issue cue it governs (included, dropped,
 * changed), how a section item's own wording overrides its heading, which cues are only the model
 * for another clause (no claim at all), and the removal-beside-deferral rule (annotation
 * convention 9). Kept together because they are the rules an annotator's status follows.
 */

/** What a kept point lost: "but sets no date", "but without a deadline", "but drops the timetable". */
const KEPT_LOOSENED_RE =
  /^[^;.]*?\b(?:but|while|though|although|yet)\s+(?:(?:\p{L}+\s+){0,3}?(?:no|without|not\s+(?:a|any))\s+(?:\p{L}+\s+){0,2}?|(?:\p{L}+\s+){0,2}?(?:drops?|dropped|removes?|removed|scraps?|scrapped|loses?|lost|omits?|omitted)\s+(?:the|its|any)\s+(?:\p{L}+\s+){0,2}?)(?:date|dates|deadline|deadlines|timetable|timeline|time\s*frame|time\s+limit)\b/iu;
/** "allows Ukraine to pursue …", "lets Kyiv seek …": leave to go after something, up to its object. */
const ALLOW_PURSUE_RE =
  /^\s+(?:[\p{L}'’]+\s+){0,2}to\s+(?:pursue|seek|join|apply\s+for|aspire\s+to|work\s+towards?)\s+(?:[\p{L}'’-]+\s+){0,3}\p{L}?$/iu;
/** A clause set against its earlier form. */
const VERSUS_RE =
  /\b(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|up\s+from|down\s+from|in\s+place\s+of|as\s+opposed\s+to)\b/iu;
/**
 * A comparison with the earlier form speaks of the clause it sits in, not of every point a
 * sentence lists: "would allow an army of 800,000, would begin talks from the line of contact,
 * and would leave NATO to a consensus rather than ruling it out" changes only the NATO point. The
 * cue's own stretch between commas counts, and so do a stretch right after it that opens with the
 * comparison (", up from 600,000 in the first draft") and a sentence that opens with one
 * ("Instead of a withdrawal, it says talks would begin …").
 */
const VERSUS_OPEN_RE = new RegExp(`^\\W*(?:${VERSUS_RE.source.replace(/^\\b|\\b$/gu, '')})`, 'iu');
const CLAUSE_COMMA_RE = /;|,(?!\d{3})/gu;
const CLAUSE_BREAK_RE = /;|,(?!\d{3})/u;
function versusNear(text: string, sStart: number, sEnd: number, h: IssueHit): boolean {
  const stext = text.slice(sStart, sEnd);
  if (!VERSUS_RE.test(stext)) return false;
  if (VERSUS_OPEN_RE.test(stext)) return true;
  // (a comma inside a figure, "800,000", is no break)
  let from = sStart;
  for (const m of text.slice(sStart, h.start).matchAll(CLAUSE_COMMA_RE)) from = sStart + m.index + 1;
  const stop = CLAUSE_BREAK_RE.exec(text.slice(h.end, sEnd));
  const to = stop ? h.end + stop.index : sEnd;
  if (VERSUS_RE.test(text.slice(from, to))) return true;
  if (!stop) return false;
  const next = text.slice(to + 1, sEnd);
  const stop2 = CLAUSE_BREAK_RE.exec(next);
  return VERSUS_OPEN_RE.test(stop2 ? next.slice(0, stop2.index) : next);
}
/** "Instead, it says …": a sentence opening so replaces what the one before it took out. */
const INSTEAD_NEXT_RE = /^\W*(?:instead|in\s+(?:its|their)\s+place|rather)\b/iu;
/**
 * A drop followed by what takes its place is a change: "no longer caps the army at 600,000; a
 * looser ceiling of 800,000 replaces it", "removes the deadline and instead asks for …".
 */
const REPLACED_RE =
  /\b(?:replac(?:es|ed|ing)\s+(?:it|them)|leaving\s+(?:only|just|merely|behind)|(?:is|are|was|were|been)\s+replaced|in\s+(?:its|their)\s+place|instead|substitut\w+|(?:looser|higher|lower|tighter|softer|smaller|larger|bigger|shorter|longer|new|different|revised|weaker|vaguer)\s+(?:ceiling|cap|limit|threshold|figure|number|wording|formula|clause|provision|language|deadline|timeline|timetable))\b/iu;
/**
 * A question handed to the leaders or a later meeting ("territory is left for a later meeting",
 * "that issue now sits with the two presidents", "will instead be discussed directly by …"). Said
 * next to a removal, the clause is out and the question changed: both are recorded. "Set aside
 * for" and "has instead been set aside" hand a question on the same way; "handed/passed to" does
 * only when the receivers are the leaders or a named pair ("handed to Zelensky and Trump"), since
 * "the plan was handed to Kyiv" is delivery, not deferral.
 */
export const DEFERRAL_RE =
  /\b(?:(?:instead\s+(?:been\s+)?)?(?:left|leaves|leaving|deferred|defers|postponed|parked|pushed|set\s+aside)\s+(?:\p{L}+\s+){0,3}?(?:for|to|until|with)\s+(?:a\s+|the\s+)?(?:later|future|separate|direct|final|leaders?|presidents?|two\s+(?:leaders|presidents)|summit|\p{Lu}\p{L}+)|(?:instead\s+(?:been\s+)?)?(?:handed|passed|referred|kicked)\s+(?:over\s+|up\s+)?(?:to|for)\s+(?:the\s+)?(?:leaders|presidents|two\s+(?:leaders|presidents)|summit|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+and\s+\p{Lu})|(?:sits?|rests?|lies|lie)\s+with\s+(?:the\s+)?(?:two\s+)?(?:leaders|presidents|heads)|(?:instead\s+)?be\s+(?:discussed|settled|decided|negotiated|handled|resolved)\s+(?:\p{L}+\s+){0,2}?(?:by|between|at)\b)/u;
const DEFERRAL_RE_G = new RegExp(DEFERRAL_RE.source, 'gu');
export const DEFERRAL_TAG = ':deferral';
/**
 * "Guarantees modelled on NATO's Article 5", "mirroring the NATO treaty": a cue named as the model
 * for another clause is a standard of comparison, not an issue the text settles.
 */
const MODEL_OF_RE =
  /\b(?:modell?ed\s+(?:(?:more\s+|most\s+)?\p{L}+ly\s+|more\s+)?on|patterned\s+on|based\s+on|mirroring|mirrors?|mirrored|similar\s+to|akin\s+to|like|along\s+the\s+lines\s+of|in\s+the\s+style\s+of|equivalent\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,4}$/iu;

/** A section item's own wording overrides its heading: "The cap was raised" is a change, "… was removed" a drop. */
export const ITEM_CHANGED_RE =
  /\b(?:rework\w*|reword\w*|rewrit\w*|rewrote|rewritten|raised|lowered|soften\w*|loosen\w*|tighten\w*|revised|amended|changed|replaced|narrow\w*|widen\w*|expanded|reduced|lifted|no\s+longer\s+(?:settled|fixed|specified|spelled\s+out|decided))\b/iu;
export const ITEM_DROPPED_RE =
  /\b(?:removed|dropped|deleted|struck(?:\s+out)?|gone|scrapped|omitted|no\s+longer)\b/iu;
export function itemStatus(stext: string, dflt: ProvisionStatus): ProvisionStatus {
  // Under a "What's changed" heading, "X is no longer written in" describes how the item changed.
  if (dflt === 'changed' || ITEM_CHANGED_RE.test(stext)) return 'changed';
  if (ITEM_DROPPED_RE.test(stext)) return 'dropped';
  return dflt;
}

export function isModelOf(text: string, sStart: number, h: IssueHit, hits: readonly IssueHit[]): boolean {
  const m = MODEL_OF_RE.exec(text.slice(Math.max(sStart, h.start - 60), h.start));
  if (!m) return false;
  // The model's modifier ("NATO's Article 5", "Article 5 of the NATO treaty") is the standard, not
  // the clause; the model's head ("Article 5" as a guarantee cue) stays unless another issue's
  // clause is what it models ("security guarantees modelled on …" keeps the guarantees).
  if (/^['’]s\b/u.test(text.slice(h.end, h.end + 3)) || /\bof\s+(?:the\s+)?$/iu.test(m[0])) return true;
  const at = h.start - m[0].length;
  return hits.some((o) => o.issue !== h.issue && o.end <= at && at - o.end <= 40);
}

/** The status `pred` gives the cue `h` in `proposal`, before the claim is recorded. */
export function claimStatus(
  text: string,
  stext: string,
  sEnd: number,
  h: IssueHit,
  pred: Pred,
  proposal: string,
  preds: readonly Pred[],
  inSent: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  contrasted: (mn: ProposalMention) => boolean,
): ProvisionStatus {
  let status: ProvisionStatus;
  if (pred.kind === 'drop') status = pred.negated ? 'included' : 'dropped';
  else if (pred.kind === 'change') status = 'changed';
  // "allows …" loosens a revision of one's own text; in a counter-proposal it is simply its term.
  else if (pred.kind === 'allow') {
    status = isRevision(proposal) && proposal !== COUNTER_KEY ? 'changed' : 'included';
    // "Unlike the first draft, the new text drops the pull-back, lets Kyiv seek a place in the
    // alliance and sets no cap …": leave to seek what the earlier text barred, listed among what
    // the revision no longer does, is the bar taken out, not a loosened one.
    const p = pred;
    if (
      status === 'changed' &&
      ALLOW_PURSUE_RE.test(text.slice(p.end, h.start + 1)) &&
      (preds.some((q) => q !== p && q.negated && q.kind !== 'allow') || inSent.some((mn) => contrasted(mn)))
    )
      status = 'dropped';
  } else status = pred.negated ? 'dropped' : 'included';
  // A removal followed by what takes its place is a change; a removal whose question is only
  // handed to the leaders or a later meeting stays a removal (annotation convention 9): the
  // deferral's own "instead" ("will instead be discussed by …") is no replacement.
  if (status === 'dropped') {
    const rest = text.slice(pred.end, sEnd).replace(DEFERRAL_RE_G, ' ');
    const next = text.slice(sEnd, sEnd + 160);
    if (REPLACED_RE.test(rest) || (INSTEAD_NEXT_RE.test(next) && !DEFERRAL_RE.test(next))) status = 'changed';
  }
  // "The section on frozen assets has been reworked": an inclusion reworded in a revision is a change.
  if (status === 'included' && isRevision(proposal) && ITEM_CHANGED_RE.test(text.slice(h.end, sEnd)))
    status = 'changed';
  // "… from the line of contact instead of from …", "an army of 800,000, up from the cap in the
  // first draft": a revision's clause set against the earlier one is a change.
  // (A point that stays or survives is kept as it was: "stays at 800,000, up from 600,000 in the
  // first draft" sets it against an older version, not against its own.)
  if (
    status === 'included' &&
    isRevision(proposal) &&
    !SURVIVES_RE.test(text.slice(pred.start, pred.end)) &&
    versusNear(text, sEnd - stext.length, sEnd, h)
  )
    status = 'changed';
  // "… rewrote the core of it: talks would begin …, and the assets would pay for …": every item of
  // a list that a change verb opens with a colon is one of the changes.
  if (
    status === 'included' &&
    isRevision(proposal) &&
    preds.some(
      (q) =>
        q.kind === 'change' &&
        !q.passive &&
        q.end <= h.start &&
        /^[^.;:]{0,40}:[^;:]*$/u.test(text.slice(q.end, h.start)),
    )
  )
    status = 'changed';
  // "keeps a commitment to elections but sets no date", "… but drops the deadline": the point
  // stays in the revision with its terms loosened.
  if (status === 'included' && isRevision(proposal) && KEPT_LOOSENED_RE.test(text.slice(h.end, sEnd)))
    status = 'changed';
  return status;
}

/**
 * Annotation convention 9: a point a revision removes is `dropped`, even when the same passage
 * hands the question to the leaders ("no longer requires the withdrawal; the line is left for the
 * two presidents"). A deferral-only change of the same version and issue in the same paragraph
 * is that removal's other half, not a change of its own.
 */
export function withoutDeferredRemovals(seg: Segmented, out: ProvisionClaim[]): ProvisionClaim[] {
  if (!out.some((o) => o.rule.endsWith(DEFERRAL_TAG))) return out;
  const paraOf = (offset: number) => {
    const i = lowerBound(seg.paragraphs, offset + 1) - 1;
    return i;
  };
  const dropped = new Set(
    out
      .filter((o) => o.status === 'dropped')
      .map((o) => `${o.proposal}|${o.issue}|${paraOf(o.evidence.start)}`),
  );
  return out.filter(
    (o) =>
      !(
        o.status === 'changed' &&
        o.rule.endsWith(DEFERRAL_TAG) &&
        dropped.has(`${o.proposal}|${o.issue}|${paraOf(o.evidence.start)}`)
      ),
  );
}
