import { OBJECT_PREP_RE, OBJECT_VERB_RE } from './clause.ts';
import { COUNTER_KEY } from './proposal-candidates.ts';
import type { Pred } from './provision-predicates.ts';
import { lowerBound, within } from './text.ts';
import type { ProposalMention } from './types.ts';

/**
 * Which version a provision predicate is said of: the nearest mention before it that is its
 * subject (not one set against it, not one inside its object, not one a party stands between),
 * else the pronoun's or section's version; and, for an edit, the newer text. Kept apart from the
 * sentence reader so that the subject rules can be read on their own.
 */

export const CONTRAST_RE =
  /\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to|instead\s+of|than|from|replacing|rather\s+than)\s+(?:the\s+|a\s+|an\s+|trump['’]s\s+)?(?:(?:\d{1,3}(?:,\d{3})+|[^\s,]+)\s+){0,3}$/iu;
/** A party's reaction to a text right before it: "welcomed the", "rejected a". */
const REACTED_TO_RE =
  /\b(?:welcomed|welcomes|rejected|rejects|backed|backs|dismissed|dismisses|criticised|criticized|criticises|criticizes|supported|supports|endorsed|endorses|accepted|accepts|praised|praises|condemned|condemns|opposed|opposes)\s+(?:(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,3})?$/iu;
/** ("Instead of a withdrawal from Donbas, it says …": a phrase set against the point may open the clause.) */
export const PRONOUN_SUBJECT_RE =
  /^\W*(?:(?:nor|neither|and|but|also|instead|meanwhile|crucially|however|in\s+addition|beyond\s+that|on\s+\p{L}+)[,\s]+(?:(?:does|did|would|will|is|was|has)\s+)?|(?:instead\s+of|in\s+place\s+of|rather\s+than|in\s+(?:return|exchange)\s+for)\s+[^,;.:]{1,60},\s*)?(?:it|the\s+(?:document|text|draft|proposal|plan|framework|deal|agreement)|its\s+(?:[\p{L}-]+\s+){0,2}(?:terms|provisions|clauses|language|wording|points|sections?|measures|proposals))\b(?!\s+(?:is|was)\s+(?:not\s+)?(?:clear|unclear|likely|unlikely|possible|expected|hard|difficult|time|too))/iu;
/**
 * "Ukrainian officials say it no longer requires a withdrawal", "Copies seen by diplomats show that
 * it would cap the army": "it" opening the clause a report introduces is the text under discussion,
 * as at the head of a sentence. Only a short report whose teller is plural (officials, diplomats,
 * copies: "Moscow said it would regard …" is the holder speaking of itself), and not "it" as a
 * dummy or a forecast subject ("said it was clear", "said it would be weeks").
 */
export const REPORTED_PRONOUN_RE =
  /^\W*(?:(?:[^,;.:]{0,60}?\s)?(?:officials|diplomats|negotiators|aides|sources|people|copies|documents|summaries|accounts|reports|notes|minutes|those)\b[^,;.:]{0,40}?\b(?:say|said|show|showed|suggest|suggested|indicate|indicated|confirm|confirmed)\s+(?:that\s+)?|according\s+to\s+[^,;.:]{1,60},\s+)it\s+(?!(?:is|was|will|would\s+(?:be|take|need|have)|could|might|may|should|must|has\s+been|had\s+been|seemed|seems|remains|remained|took|takes|needs|needed|wants|wanted|hoped|hopes|expected|expects)\b)/iu;
/** "removed from the framework", "cut out of the text": the version an edit was made in, not a contrast. */
const EDITED_FROM_RE =
  /\b(?:removed|dropped|deleted|omitted|cut|struck|taken|left|scrapped|stripped|excised|erased|gone|missing|absent|vanished|disappeared)\s+(?:out\s+)?(?:from|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+\s+){0,2}$/iu;
/** A version inside an of-phrase or a "that were in …" clause on the object: not the subject. */
const NOT_SUBJECT_LEAD_RE =
  /(?:\b(?:that|which)\s+(?:were|was|had\s+been|appeared|featured|figured)\s+in|[\p{L}\d,]\s+(?:of|in)|\b(?:that|which)\s+(?:\p{L}+\s+)?(?:would\s+have|had))\s+$/iu;
/** "the amnesty that the 28-point plan would have granted": a relative clause's own subject. */
const REL_SUBJECT_LEAD_RE = /\b(?:that|which)\s+$/iu;

/**
 * Whether a party mention could be a clause's subject: not after a preposition or a verb ("the ban
 * on NATO membership", "barring Ukraine from NATO"), not a possessive or an attribute ("Ukraine's
 * army", "the Ukrainian army").
 */
export function isSubjectParty(text: string, sStart: number, a: { start: number; end: number }): boolean {
  const pre = text.slice(Math.max(sStart, a.start - 30), a.start);
  if (OBJECT_PREP_RE.test(pre) || OBJECT_VERB_RE.test(pre)) return false;
  if (/\b(?:of|on|from|to|for|in|into|with|by|against|the|a|an|its|their)\s+$/iu.test(pre)) return false;
  // "the requirement that Ukraine pull out … had been removed": the subject of a clause's content.
  if (
    /\b(?:requirement|demand|clause|provision|condition|stipulation|language|passage|pledge)\s+that\s+$/iu.test(
      pre,
    )
  )
    return false;
  if (/^['’]s\b/u.test(text.slice(a.end, a.end + 3))) return false;
  return true;
}

/** A mention set against what the sentence says ("up from 600,000 in the first version"), not edited in it. */
export function isContrasted(text: string, sStart: number, mn: ProposalMention): boolean {
  return (
    CONTRAST_RE.test(text.slice(Math.max(sStart, mn.start - 40), mn.start)) &&
    !EDITED_FROM_RE.test(text.slice(Math.max(sStart, mn.start - 40), mn.start))
  );
}

// An edit (something removed, raised, rewritten) happens to the newer text: when the version in
// focus is an earlier one, the edit belongs to the latest revision the article has named.
export function editedVersionOf(
  mentions: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  key: string | null,
  at: number,
): string | null {
  if (key === null || isRevision(key)) return key;
  // A counter-proposal is a rival text, not an edit of this one: only when no revision is named.
  let counter: string | null = null;
  for (let k = lowerBound(mentions, at) - 1; k >= 0; k--) {
    const mn = mentions[k] as ProposalMention;
    if (mn.proposal === key || !(mn.revised || isRevision(mn.proposal))) continue;
    if (mn.proposal !== COUNTER_KEY) return mn.proposal;
    counter = mn.proposal;
  }
  return counter ?? key;
}

/** What predicateSubject needs to know of the sentence being read. */
export interface SubjectContext {
  readonly text: string;
  readonly sStart: number;
  readonly stext: string;
  readonly inSent: readonly ProposalMention[];
  readonly preds: readonly Pred[];
  readonly actors: readonly { start: number; end: number }[];
  /** The version in focus at the sentence's start. */
  readonly focusKey: string | null;
  /** The version of the section the sentence is an item of. */
  readonly sectionKey: string | null;
  /** The version "it" / "the text" stands for when the sentence names none. */
  readonly pronounKey: string | null;
  /** The version a passive edit with no party is said of. */
  readonly passiveKey: string | null;
  readonly editedVersion: (key: string | null, at: number) => string | null;
}

/** A version's appositive: ", unveiled by …,", ", which Washington drafted,". */
const APPOSITIVE_OPEN_RE =
  /^,\s+(?:unveiled|drawn|drafted|put|presented|prepared|written|produced|circulated|tabled|proposed|agreed|negotiated|hammered|worked|sent|handed|delivered|which|that|who|first|initially|originally)\b/iu;

// The proposal a predicate belongs to: the nearest non-contrasted mention before it.
export function predicateSubject(cx: SubjectContext, at: number, edit = false): string | null {
  const {
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
  } = cx;
  let skipped = false;
  for (let k = inSent.length - 1; k >= 0; k--) {
    const mn = inSent[k] as ProposalMention;
    if (mn.start >= at) continue;
    const lead = text.slice(Math.max(sStart, mn.start - 40), mn.start);
    if (CONTRAST_RE.test(lead)) continue;
    // "the clauses that were in the original plan have been taken out", "the amnesty of the first
    // draft was narrowed", "the amnesty that the 28-point plan would have granted … and raised …":
    // a version inside a relative clause or an of-phrase on the object is not the subject of the
    // edit (a relative clause's own verb right after it is still its predicate).
    if (
      edit &&
      (NOT_SUBJECT_LEAD_RE.test(lead) ||
        (REL_SUBJECT_LEAD_RE.test(lead) && (at - mn.end > 30 || /,|\band\b/u.test(text.slice(mn.end, at)))))
    ) {
      skipped = true;
      continue;
    }
    // "Ukraine welcomed the European counter-proposal and would never recognise …": a version that
    // is the object of a party's reaction, with a verb coordinated after it, is not that verb's
    // subject; the party is.
    if (
      REACTED_TO_RE.test(lead) &&
      /^\s+and\s+(?:(?:would|will|could|can|did|does|has|had|is|was)\s+)?(?:not\s+|never\s+)?\p{L}+/iu.test(
        text.slice(mn.end, at + 1),
      ) &&
      at - mn.end < 40
    )
      return null;
    // "It keeps the architecture of the 28-point plan but rewrites …": with a pronoun subject, a
    // mention inside a prepositional phrase is an object, not the subject of later predicates.
    if (focusKey && PRONOUN_SUBJECT_RE.test(stext) && /\b(?:of|in|from|with|to)\s+$/iu.test(lead)) continue;
    // "the plan could serve as a basis, while making clear that the fighting would end …": a
    // predicate past a new clause ("while", "and that", a semicolon) has a subject of its own.
    if (/,\s+(?:while|whereas)\b|\band\s+that\b|;/iu.test(text.slice(mn.end, at))) return null;
    // "The European text takes out the US plan's amnesty clause and would use …": a possessive
    // version after another version's predicate sits in that predicate's object.
    if (
      /^['’]s\b/u.test(text.slice(mn.end, mn.end + 3)) &&
      inSent.some((o) => o.start < mn.start && preds.some((p) => p.start >= o.end && p.end <= mn.start))
    )
      continue;
    // An actor between the mention and the predicate is its subject ("since the plan, Russia has demanded").
    const apposEnd = /^,[^,]*,/u.exec(text.slice(mn.end, at));
    let from = apposEnd ? mn.end + apposEnd[0].length : mn.end;
    // "That counter-proposal, unveiled by Britain, France and Germany last month, would have …": an
    // appositive opened by a participle or a relative runs, commas and all, to the last comma before
    // the predicate; the parties named inside it drafted or received the version, they are no subject.
    if (APPOSITIVE_OPEN_RE.test(text.slice(mn.end, mn.end + 30))) {
      const lastComma = text.lastIndexOf(',', at);
      if (lastComma > from) from = lastComma + 1;
    }
    // "The counter-proposal that Britain, France and Germany circulated in November, which would
    // have …": the parties in a restrictive relative clause right after the version drafted it;
    // the clause (commas and all, "Britain, France and Germany") runs to the last comma before
    // the predicate.
    if (
      /^\s+(?:that|which)\s+(?!would\b|will\b|has\b|had\b|is\b|was\b)/iu.test(text.slice(mn.end, mn.end + 16))
    ) {
      const comma = text.lastIndexOf(',', at);
      if (comma > from) from = comma + 1;
    }
    let objectEnd = -1;
    for (const a of within(actors, from, at)) {
      const pre = text.slice(Math.max(sStart, a.start - 30), a.start);
      // "handed to Ukrainian and European officials": a name coordinated with an object is one too;
      // so is one the object's possessive modifies ("drafted by Witkoff and Russia's Dmitriev").
      if (
        objectEnd >= 0 &&
        /^\s*(?:,|and|or|,\s*and)\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?$|^['’]s\s+$/iu.test(
          text.slice(objectEnd, a.start).replace(/^\s*\p{L}+\s+(?=(?:,|and|or)\b)/u, ' '),
        )
      ) {
        objectEnd = a.end;
        continue;
      }
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
      if (OBJECT_PREP_RE.test(pre) || OBJECT_VERB_RE.test(pre) || /\bof\s+(?:the\s+)?$/iu.test(pre)) {
        objectEnd = a.end;
        continue; // an object, not a subject
      }
      if (/^['’]s/u.test(text.slice(a.end, a.end + 2))) continue; // a possessive
      return null;
    }
    return mn.proposal;
  }
  if (inSent.length > 0 && PRONOUN_SUBJECT_RE.test(stext) && !CONTRAST_RE.test(stext.slice(0, 3)))
    return sectionKey ?? focusKey;
  // Only versions named inside the object: the edit is the newer text's.
  if (skipped && !pronounKey && !passiveKey) return editedVersion(sectionKey ?? focusKey, sStart);
  return pronounKey ?? passiveKey;
}
