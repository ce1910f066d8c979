import type { Token } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { pointedBackEdits, pointedBackRemovals } from './provision-anaphora.ts';
import { openPointsDeferred } from './provision-deferral.ts';
import { claimListed } from './provision-listed.ts';
import { placementClaims } from './provision-placement.ts';
import { cuePredicates, type Pred, versionVerbs } from './provision-predicates.ts';
import { claimStatus, DEFERRAL_TAG, isModelOf } from './provision-status.ts';
import { stickingPoints } from './provision-sticking.ts';
import {
  editedVersionOf,
  isContrasted,
  isSubjectParty,
  PRONOUN_SUBJECT_RE,
  predicateSubject,
  REPORTED_PRONOUN_RE,
  type SubjectContext,
} from './provision-subject.ts';
import { unchangedPoints } from './provision-unchanged.ts';
import { span, summaryOf, within } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * One sentence's provisions: its predicates, the version each is said of, and each issue cue's
 * predicate, in the sentence's own terms (a passive edit after the cue, a relative clause on a
 * version, an elided "as was …"). The rules for subjects, statuses and placements live in their
 * own files; this is the reading order that ties them together.
 */

const UNIT_EDIT_RE =
  /\b(?:strike|strikes|struck|remove|removes|removed|drop|drops|dropped|delete|deletes|deleted|scrap|scraps|scrapped|rewrite|rewrote|rewritten|soften|softened)\s+(?:out\s+)?(?:a|an|the|that|this)\s+(?:[\p{L}-]+\s+)?(?:clause|provision|passage|section|paragraph|requirement|wording|language)\b/iu;
/** A semicolon between items of a list of infinitives: "; to cap …", "; and to hold …". */
const INFINITIVE_LIST_SEMI_RE = /;(?=\s*(?:and\s+|or\s+)?to\s+\p{Ll})/gu;
/** A predicate inside a relative clause on the object ("drops the clause that would have barred …"). */
const REL_CLAUSE_LEAD_RE = /\b(?:that|which|who)\s+(?:would\s+have\s+|would\s+|had\s+|has\s+)?$/iu;
const PASSIVE_EDIT_RE =
  /\b(?:has|have|had|was|were|is|are|to\s+have)\s+(?:also\s+|now\s+|since\s+|quietly\s+|further\s+|then\s+|instead\s+)*(?:been\s+)?(?:\p{L}+ly\s+|also\s+|now\s+)?(?:dropped|removed|scrapped|struck\s+out|deleted|omitted|cut|softened|rewritten|reworked|watered\s+down|loosened|narrowed|amended|replaced|raised|lowered|lifted|eased|changed|revised|altered|modified|reduced|increased|tightened|relaxed|strengthened|weakened|broadened|expanded|extended|narrowed|taken\s+out|left\s+out|gone|toned\s+down|scaled\s+back|set\s+aside|left\s+(?=for\s+\p{Lu}|to\s+the\s+(?:two\s+)?(?:leaders|presidents))|handed\s+(?=to\s+(?:\p{Lu}|the\s+(?:two\s+)?(?:leaders|presidents)))|kept(?=\s*[,.;]|\s+(?:intact|unchanged|and|in\s+the\s+(?:text|draft|framework|plan|document|new))\b)|retained|carried\s+over)\b|\b(?:went|has\s+gone|have\s+gone)\s+(?:up|down)\s+(?:from|to)\b/iu;
const APPEARED_IN_RE =
  /^(?:[^,;.]{0,80}?\b(?:that|which)\s+(?:had\s+)?(?:appeared|featured|figured|was\s+included|was\s+contained|were\s+included|were\s+contained|was|were)\s+in\s+|\s+(?:[\p{L}-]+\s+){0,2}?(?:of|in)\s+|\s+(?:that|which)\s+)/iu;
/** "…, as was the amnesty", "and so were the elections": a predicate elided after an edit. */
const AS_WAS_RE =
  /^[^;.]{0,60}?,\s+(?:as|and\s+so)\s+(?:was|were|is|are|has|have|had|did)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;
/** Between a passive edit and the version it was made in: "from", "out of", "in", "to 800,000 in". */
const EDIT_PLACE_RE =
  /^\s*(?:(?:altogether|entirely|completely|quietly|also|now)\s+)?(?:(?:to|at)\s+[\p{N},.]+(?:\s+\p{L}+){0,2}\s+)?(?:out\s+of|from|in|of)\s+$/iu;
/** "must not be eased", "should be raised": an edit a party wants, not one the text records. */
const WISHED_EDIT_RE =
  /\b(?:must|should|could|would|may|might|will|shall|cannot|can|ought\s+to)\s+(?:not\s+|never\s+)?(?:\p{L}+\s+)?be\s+$/iu;
/** An edit inside a conditional clause ("… warned that if the understandings were stripped …"). */
const HYPOTHESIS_BEFORE_RE = /\b(?:if|unless)\b[^;.]{0,80}$/iu;
/** "…, which the plan would place under …": the relative clause's antecedent is the cue before it. */
const REL_AFTER_CUE_RE = /^[^,;.]{0,50}?,?\s+(?:which|that)\s+$/u;

/**
 * Between a predicate and a cue: a new clause opens ("…, and that the ceiling …", "…; the amnesty
 * …", "…, while the cap …") with at most a short noun phrase before the cue.
 */
const CLAUSE_OPEN_RE =
  /(?:,\s*(?:and|but|while|whereas)\s+(?:that\s+)?|;\s*(?:and\s+|but\s+)?)(?:(?:the|its|a|an|this|that)\s+)?[^,;:]{0,40}$/iu;
/**
 * "The prisoner exchange and the route to the EU were kept", "the amnesty has been carried over":
 * a passive keep says the point stayed in the newer version.
 */
const KEPT_RE =
  /^(?:kept|retained|preserved|maintained|carried\s+over|survives|survived|stays|stayed|remains|remained|returned|returns|reappeared|reappears)$/iu;
const SILENCE_RE = /\bsilent\b|\bnothing\b|\bno\s+(?:mention|reference)\b/iu;
const SURVIVAL_RE =
  /^(?:survives|survived|stays|stayed|remains|remained|returned|returns|reappeared|reappears)$/iu;
/**
 * Explainer inversions and survivals with no version named ("Gone is the clause on …", "Still
 * there: …", "The prisoner exchange survives; the amnesty does not", "The ceiling stays at 800,000"): like a passive edit, said of
 * the newer text under discussion.
 */
const INVERTED_EDIT_RE =
  /^\W*(?:(?:also|and|but)\s+)?(?:gone|missing|absent|still\s+there|kept|retained|unchanged|surviving)\b(?=\s*(?:,\s*(?:too|also)\s*,\s*|\s+(?:too|also|as\s+well)\s+)?(?:is|are|:))|\b(?:survives|survived|stays|stayed|remains|remained|returned|returns|reappeared|reappears)(?<!\b(?:whether|if)\b[^.;]{0,80}\p{L}+)(?=\s*(?:[,.;]|$|\s+(?:intact|unchanged|in\s+place|too|as\s+well)\b|\s+at\s+\p{N}))/iu;
/** "keeps three things from the first draft: the prisoner exchange, …": a list after the predicate's colon. */
const LIST_COLON_RE = /^[^;:.]{0,60}:\s+[^;:]*$/u;
function isKeptPred(text: string, p: Pred): boolean {
  return p.kind === 'include' && KEPT_RE.test(text.slice(p.start, p.end));
}

/** A paragraph opening "In the Geneva version, …" or "Under the revised text, …". */
const FRAME_OPEN_RE = /^(?:in|under)\s+/iu;
/** The version a paragraph's opening adverbial names, when the sentence at `sStart` lies in that paragraph. */
function paragraphFrame(text: string, sStart: number, mentions: readonly ProposalMention[]): string | null {
  const nl = text.lastIndexOf('\n\n', sStart);
  const paraStart = nl < 0 ? 0 : nl + 2;
  if (paraStart === sStart || !FRAME_OPEN_RE.test(text.slice(paraStart, paraStart + 6))) return null;
  const mn = within(mentions, paraStart, paraStart + 50)[0];
  if (!mn || !/^\s*,/u.test(text.slice(mn.end, mn.end + 3))) return null;
  return mn.proposal;
}

/** ", officials said,", ", according to two diplomats,": a report set off inside the clause. */
const PARENTHETICAL_REPORT_RE =
  /,\s*(?:(?:[\p{L}'’-]+\s+){1,4}(?:said|say|says|added|noted|confirmed)|according\s+to\s+[^,;]{1,50})\s*,/giu;

/** "… was removed in Geneva": the edit verb, then the place it was made. */
const EDIT_AT_PLACE_RE =
  /^\p{L}+(?:\s+out)?\s+(?:(?:altogether|entirely|quietly|already)\s+)?(?:in|at)\s+(\p{Lu}\p{Ll}+)\b(?!['’])/u;
/**
 * "Ukrainian officials say the amnesty clause was removed in Geneva": with no version in the
 * sentence, a place named right after the edit points to the one version the article has named
 * after that place ("the Geneva text", "the framework produced in Geneva"); with none, or with
 * two, nothing is read.
 */
function placedVersion(
  text: string,
  mentions: readonly ProposalMention[],
  sStart: number,
  editAt: number,
  sEnd: number,
): string | null {
  const lead = /^\S+\s+(?:(?:also|now|since|quietly|further|then|been)\s+)*/u.exec(text.slice(editAt, sEnd));
  const verbAt = editAt + (lead?.[0].length ?? 0);
  const m = EDIT_AT_PLACE_RE.exec(text.slice(verbAt, sEnd));
  if (!m) return null;
  const word = new RegExp(`\\b${m[1]}\\b`, 'u');
  // The place in the mention or right after it ("the revised framework produced in Geneva").
  const named = (mn: ProposalMention) =>
    word.test(mn.text) || word.test((/^[^.;]{0,40}/u.exec(text.slice(mn.end, mn.end + 40)) ?? [''])[0]);
  const keys = new Set(mentions.filter((mn) => mn.start < sStart && named(mn)).map((mn) => mn.proposal));
  return keys.size === 1 ? ([...keys][0] ?? null) : null;
}

export function sentenceProvisions(
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
  tokens: readonly Token[] = [],
): void {
  const stext = text.slice(sStart, sEnd);
  if (/\?\s*["”]?\s*$/.test(stext)) return;
  // An edit happens to the newer text (see editedVersionOf).
  const editedVersion = (key: string | null, at: number): string | null =>
    editedVersionOf(mentions, isRevision, key, at);
  const inSent = within(mentions, sStart, sEnd);
  // With no mention, "it"/"the text" is the version in focus; inside a section, the section's version.
  const focusKey = focusAt(sStart);
  const pronounKey =
    inSent.length === 0
      ? PRONOUN_SUBJECT_RE.test(stext) || REPORTED_PRONOUN_RE.test(stext)
        ? (sectionKey ?? focusAt(sStart))
        : sectionKey
      : null;
  // "The clause granting an amnesty has been struck out": a passive drop or change with no party in
  // the sentence is said of the version under discussion.
  // Only a party before the edit verb can be its subject ("The language barring Ukraine from NATO
  // was struck out, which Ukrainian officials had called unacceptable" is still the text's edit).
  // Mentions set against the edit ("up from 600,000 in the first version") do not name the version.
  const contrasted = (mn: ProposalMention) => isContrasted(text, sStart, mn);
  const edit = !pronounKey ? (PASSIVE_EDIT_RE.exec(stext) ?? INVERTED_EDIT_RE.exec(stext)) : null;
  const editAt = edit ? sStart + edit.index : -1;
  const passiveKey0 =
    (edit &&
      within(actors, sStart, editAt).every((a) => !isSubjectParty(text, sStart, a)) &&
      inSent.every(contrasted)) ||
    // "The American side agreed to strike out a clause granting an amnesty": negotiators editing
    // a clause edit the text under discussion.
    (!pronounKey && inSent.length === 0 && UNIT_EDIT_RE.test(stext))
      ? // "The nuclear plant returned as well": a point that survives or returns is in the version
        // under discussion, which need not be the latest revision (no edit is told).
        edit && SURVIVAL_RE.test(edit[0].trim()) && !PASSIVE_EDIT_RE.test(stext)
        ? focusAt(sStart)
        : editedVersion(focusAt(sStart), sStart)
      : null;
  // "In the Geneva version, the ceiling has been raised …, a figure first floated in a European
  // counter-proposal. The NATO clause has been toned down …": a paragraph framed by "In/Under
  // <version>," speaks of that version; a version named later in passing does not take it over.
  const framed = passiveKey0 !== null && inSent.length === 0 ? paragraphFrame(text, sStart, mentions) : null;
  const passiveKey1 = framed && framed !== passiveKey0 ? editedVersion(framed, sStart) : passiveKey0;
  // "… strengthened compared with the Geneva draft": the version set against is not the one edited.
  // A survival set against the version in focus ("stays at 800,000, up from 600,000 in the first
  // draft") is in the newer text that revises it.
  const setAgainst = passiveKey1 !== null && inSent.some((mn) => mn.proposal === passiveKey1);
  const survivor =
    setAgainst && edit && SURVIVAL_RE.test(edit[0].trim()) ? editedVersion(passiveKey1, sStart) : null;
  const passiveKey =
    (setAgainst ? (survivor !== passiveKey1 ? survivor : null) : passiveKey1) ??
    (edit && inSent.length === 0 && !pronounKey ? placedVersion(text, mentions, sStart, editAt, sEnd) : null);
  // "The points still open, among them territory, will be settled by the two presidents": said of
  // the text under discussion, whose newest version leaves them open.
  // "Points that have not changed include the prisoner exchange …": carried over into that version.
  // "Three sticking points remain: …": still disputed, so in that version.
  const current = inSent.length === 0 ? (sectionKey ?? editedVersion(focusKey, sStart)) : null;
  if (current)
    for (const find of [openPointsDeferred, unchangedPoints, stickingPoints]) {
      const listed = find(text, sStart, sEnd);
      if (listed) claimListed(text, { start: sStart, end: sEnd }, hits, listed, current, out, seen);
    }
  if (inSent.length === 0 && !pronounKey && !passiveKey) return;
  // "It went further than the Paris offer on territory": a pronoun subject is the version in focus
  // even when the only version the sentence names is the one it is set against.
  if (
    inSent.length > 0 &&
    inSent.every(contrasted) &&
    !pronounKey &&
    !passiveKey &&
    !(focusKey && PRONOUN_SUBJECT_RE.test(stext))
  )
    return;
  const preds = cuePredicates(text, sStart, stext);
  versionVerbs(text, sStart, sEnd, inSent, tokens, preds);
  placementClaims(text, sStart, sEnd, stext, hits, inSent, out, seen, editedVersion);
  // "…; the revised text no longer says so": the clause pointed back to is out of that version.
  pointedBackRemovals(text, sStart, sEnd, hits, inSent, out, seen, editedVersion);
  // "…; the December draft loosened that cap": the clause pointed back to, edited in that version.
  pointedBackEdits(text, sStart, sEnd, hits, inSent, out, seen, editedVersion);
  if (preds.length === 0) return;
  const cx: SubjectContext = {
    text,
    sStart,
    stext,
    inSent,
    preds,
    actors,
    focusKey,
    sectionKey,
    pronounKey,
    passiveKey,
    editedVersion,
  };
  // The proposal a predicate belongs to: the nearest non-contrasted mention before it.
  const proposalFor = (at: number, edit = false): string | null => predicateSubject(cx, at, edit);
  for (const h of hits) {
    if (isModelOf(text, sStart, h, hits)) continue;
    // The predicate governing this cue: the last one before it; or a passive drop/change after it.
    let pred: Pred | null = null;
    for (const p of preds) if (p.start <= h.start) pred = p;
    // "The prisoner exchange survives; the amnesty does not": a predicate that reads back to its
    // subject governs nothing past a semicolon.
    if (pred?.passive && text.slice(pred.end, h.start).includes(';')) pred = null;
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
        (p) =>
          p.start > h.end &&
          p.passive &&
          (p.kind === 'drop' || p.kind === 'change') &&
          !HYPOTHESIS_BEFORE_RE.test(text.slice(h.end, p.start)),
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
    let proposal: string | null = pred
      ? proposalFor(pred.start, pred.kind === 'drop' || pred.kind === 'change')
      : null;
    // "It also leaves out the cap …": a version that takes something out is the newer one, whatever
    // version was last in focus.
    if (
      pred &&
      proposal &&
      (pred.kind === 'drop' || pred.kind === 'change') &&
      !pred.negated &&
      within(inSent, sStart, pred.start).length === 0
    )
      proposal = editedVersion(proposal, sStart);
    // A passive edit before the cue governs it only as its complement ("the limit was raised to
    // 800,000"); otherwise it belongs to an earlier subject and the cue looks for its own.
    if (
      pred?.passive &&
      pred.kind !== 'include' &&
      !/^\s+(?:to|at|from|by|up\s+to|down\s+to)\s+[^,;]*$/iu.test(text.slice(pred.end, h.start))
    )
      pred = null;
    // "That limit was raised to 800,000 in the Geneva version": a passive edit whose complement is
    // the cue is made in the version right after it, whatever the sentence opened with.
    if (
      pred?.passive &&
      pred.kind !== 'include' &&
      !WISHED_EDIT_RE.test(text.slice(Math.max(sStart, pred.start - 30), pred.start))
    ) {
      const at = pred.end;
      const named = inSent.find(
        (mn) => mn.start > h.end && !contrasted(mn) && EDIT_PLACE_RE.test(text.slice(at, mn.start)),
      );
      if (named) proposal = editedVersion(named.proposal, sStart);
    }
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
    // "…, and that the ceiling on the army was lifted": a cue that opens a clause of its own (after
    // ", and (that)", ", while", ";") and is the subject of a passive edit right after it takes that
    // edit, not the predicate of the clause before.
    if (pred && !pred.passive) {
      const next = preds.find(
        (p) =>
          p.start >= h.end &&
          p.passive &&
          (p.kind === 'drop' || p.kind === 'change' || isKeptPred(text, p)) &&
          p.start - h.end <= 60 &&
          !/[,;:]/u.test(text.slice(h.end, p.start)),
      );
      if (next && CLAUSE_OPEN_RE.test(text.slice(pred.end, h.start))) pred = null;
    }
    if (!pred || !proposal) {
      const after = preds.find(
        (p) =>
          p.start >= h.end &&
          p.passive &&
          (p.kind === 'drop' ||
            p.kind === 'change' ||
            // "Regarding a ceasefire, the position remains": a point survives only as the subject
            // right before the verb, not across a comma.
            (isKeptPred(text, p) &&
              (!SURVIVAL_RE.test(text.slice(p.start, p.end)) || !/[,;:]/u.test(text.slice(h.end, p.start))))),
      );
      // "sanctions must not be eased before …", "Sikorski said the cap should be raised": what a
      // party wants done, not an edit the text records.
      // Nor is an edit in a conditional clause past the cue ("…, and Lavrov warned that if the
      // understandings were stripped from the text, …"): a hypothesis, not what happened.
      if (
        after &&
        !WISHED_EDIT_RE.test(text.slice(Math.max(sStart, after.start - 30), after.start)) &&
        !HYPOTHESIS_BEFORE_RE.test(text.slice(h.end, after.start))
      ) {
        pred = after;
        // "… has been removed from the framework" names the version; "raised to 800,000, up from
        // the 600,000 in the first version" names the one it is set against, not the one edited.
        // Only a version right after the edit ("removed from the framework", "taken out of the
        // text", "raised to 800,000 in the Geneva version") is where it was made; a version the
        // sentence names later on belongs to another clause ("the amnesty of the first draft").
        const named = within(inSent, after.end, sEnd).find(
          (mn) => !contrasted(mn) && EDIT_PLACE_RE.test(text.slice(after.end, mn.start)),
        );
        const base = named?.proposal ?? proposalFor(h.start, true) ?? sectionKey ?? focusKey;
        // A point that survives or returns is in the version under discussion: no edit is told.
        proposal =
          (SURVIVAL_RE.test(text.slice(after.start, after.end)) ? base : editedVersion(base, sStart)) ?? null;
        // "… strengthened compared with the Geneva draft": the version set against is not the one edited.
        if (!named && inSent.some((mn) => mn.proposal === proposal && contrasted(mn))) proposal = null;
      }
    }
    if (!pred || !proposal) {
      // "… was struck out, as was the general amnesty": the elided predicate is the edit before it.
      const edit = preds.filter((p) => p.end <= h.start && p.passive && p.kind !== 'include').pop();
      if (edit && AS_WAS_RE.test(text.slice(edit.end, h.start))) {
        pred = edit;
        proposal =
          within(inSent, sStart, sEnd).find((mn) => !contrasted(mn))?.proposal ?? proposalFor(edit.start);
      }
    }
    if (!pred || !proposal) continue;
    // The cue must sit in the predicate's clause: no sentence-level break between them.
    // A parenthetical report (", officials said,") is no clause break: "The NATO clause, officials
    // said, has been toned down" still ties the clause to its edit.
    const gap0 = text.slice(Math.min(pred.end, h.start), Math.max(pred.end, h.start));
    // A list the predicate opens with a colon ("keeps three things: the prisoner exchange, …",
    // "Still there: …") is its object, not a new clause.
    // So is a list of infinitives that semicolons separate ("asked Ukraine to cede …; to cap …; and
    // to hold elections …"): each item is one more object of the verb before the first.
    const gap = (pred.end <= h.start && LIST_COLON_RE.test(gap0) ? gap0.replace(':', ' ') : gap0)
      .replace(pred.end <= h.start ? INFINITIVE_LIST_SEMI_RE : /(?!)/u, ',')
      .replace(PARENTHETICAL_REPORT_RE, ' ');
    if (
      /[;:]|\s[—–]\s(?!\s*including)|\b(?:but|while|whereas|although|said|says)\b|,\s+and\s+(?:it|they|he|she)\b/iu.test(
        gap,
      ) &&
      gap.length > 0
    ) {
      if (!/^[^;]*\bincluding\b/iu.test(gap)) continue;
    }
    const status = claimStatus(text, stext, sEnd, h, pred, proposal, preds, inSent, isRevision, contrasted);
    // "The document is silent on the size of the army": a first version's silence takes nothing
    // out (there was nothing to drop); only a revision's silence says a point is gone.
    // Nor does its not mentioning a point ("April did not mention elections"): a point is dropped
    // only by a revision (convention 8).
    if (
      status === 'dropped' &&
      !isRevision(proposal) &&
      (SILENCE_RE.test(text.slice(pred.start, pred.end)) || (pred.negated && pred.kind === 'include'))
    )
      continue;
    // One claim per version, issue and sentence; a removal and a change of one issue may stand side
    // by side ("drops the withdrawal demand and leaves territory to the presidents").
    const key = `${proposal}|${h.issue}|${sStart}`;
    if (status === 'included' ? seen.has(key) : seen.has(`${key}|${status}`)) continue;
    if (
      status === 'included' &&
      out.some((o) => o.proposal === proposal && o.issue === h.issue && o.evidence.start === sStart)
    )
      continue;
    seen.add(key);
    seen.add(`${key}|${status}`);
    const sumStart = Math.min(pred.start, h.start);
    const stop = /[,;.]/u.exec(text.slice(Math.max(pred.end, h.end), sEnd));
    const sumEnd = stop ? Math.max(pred.end, h.end) + stop.index : sEnd;
    const summary = summaryOf(text, sumStart, sumEnd);
    // "… the cap on the army that appeared in the earlier version": that version contained it.
    // "… the amnesty of the first draft was narrowed", "the amnesty that the 28-point plan would
    // have granted": the earlier version named on the edited point contained it.
    const was = APPEARED_IN_RE.exec(text.slice(h.end, sEnd));
    if (was && status !== 'included') {
      const at = h.end + was.index + was[0].length;
      const mn = inSent.find((m) => m.start >= at && m.start - at <= 4);
      const relOk =
        !mn ||
        !/(?:that|which)\s+$/iu.test(was[0]) ||
        /^\s+(?:would\s+have|had|has|contained|included|offered|granted|promised|set|required)\b/iu.test(
          text.slice(mn.end, mn.end + 20),
        );
      if (mn && relOk && mn.proposal !== proposal && !seen.has(`${mn.proposal}|${h.issue}|${sStart}`)) {
        seen.add(`${mn.proposal}|${h.issue}|${sStart}`);
        out.push({
          proposal: mn.proposal,
          issue: h.issue,
          status: 'included',
          summary: summaryOf(text, h.start, mn.end),
          evidence: span(text, sStart, sEnd),
          rule: 'provision:appeared-in',
        });
      }
    }
    out.push({
      proposal,
      issue: h.issue,
      status,
      summary,
      evidence: span(text, sStart, sEnd),
      rule: `provision:${pred.kind}${pred.negated ? ':negated' : ''}${pred.passive ? ':passive' : ''}${status === 'changed' && pred.defer ? DEFERRAL_TAG : ''}`,
    });
  }
}
