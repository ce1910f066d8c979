import type { Segmented } from '../segment/index.ts';
import { REPORTING_RE } from './lexicon.ts';
import { CONTRAST_RE } from './provision-subject.ts';
import { sentenceIndexOf, within } from './text.ts';
import type { ProposalMention } from './types.ts';

/**
 * Sentences that describe a proposal's content rather than report a party's view: "Under the
 * plan, Ukraine would withdraw from …" and the unattributed "would" sentences that continue such a
 * description ("Kyiv would also accept a cap …"). Their predicates are provisions of the proposal;
 * the parties they name are the plan's subjects, not stance holders. Computed once per document:
 * sentence index → the proposal described.
 */

const UNDER_RE =
  /^\W*(?:under|according\s+to|in)\s+(?:the\s+terms\s+of\s+)?(?:the\s+|this\s+|that\s+|its\s+|their\s+)?$/iu;
const UNDER_PRONOUN_RE =
  /^\W*(?:under|according\s+to)\s+(?:it|its\s+terms|the\s+(?:text|document|draft|terms|deal|agreement))\s*,/iu;
/** A continuation describes too: a bare conditional-free "would", no reporting verb (continues), no new proposal. */
const BARE_WOULD_RE =
  /\bwould\s+(?:also\s+|then\s+|in\s+turn\s+|further\s+)?(?!only\b)(?:(?:not|never)\s+(?!(?:accept|agree|sign|support|back|endorse|approve|tolerate|consider|allow\s+itself)\b))?\p{L}/iu;

export function describedSentences(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
): Map<number, string> {
  const out = new Map<number, string>();
  let prev: string | null = null;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    if (!s) continue;
    const inSent = within(mentions, s.start, s.end);
    let key: string | null = null;
    const first = inSent[0];
    if (first && first.start - s.start < 60 && UNDER_RE.test(text.slice(s.start, first.start)))
      key = first.proposal;
    else if (UNDER_PRONOUN_RE.test(text.slice(s.start, Math.min(s.end, s.start + 50))))
      key = focusAt(s.start);
    else if (prev !== null && inSent.every((mn) => mn.proposal === prev)) {
      const stext = text.slice(s.start, s.end);
      // "The plan would not set a date for elections" says what is NOT in it: no inclusion.
      const negatedByName = inSent.some((mn) =>
        /^\s+(?:\p{L}+\s+){0,2}?would\s+(?:not|never)\b/iu.test(text.slice(mn.end, mn.end + 40)),
      );
      if (continues(stext) && !negatedByName) key = prev;
    }
    if (key) out.set(si, key);
    // A sentence whose subject is a version and whose verb says what it contains ("The plan caps
    // the army …", "A blueprint drawn up by … would require …", "It also proposes …") is not a
    // continuation itself (its own predicates place its cues) but opens a description that the
    // unattributed "would" sentences after it continue ("In return, Ukraine would receive …").
    prev = key ?? (si > 0 ? contentsSubject(text, s.start, s.end, inSent, focusAt) : null);
  }
  descriptionParagraphs(text, seg, mentions, focusAt, out);
  return out;
}

/**
 * An attribution closing the sentence with a verb no list of reporting verbs holds ("…, one diplomat
 * mused.", "…, Peskov claimed."): a speaker, then a past tense or a reporting present, at the end.
 */
const TRAILING_SPEAKER_RE =
  /,\s+(?:a|an|the|one|two|three|several|some|many|he|she|they|officials?|diplomats?|\p{Lu}[\p{L}'’-]+)\s+(?:(?!would\b)[\p{L}'’-]+\s+){0,5}?(?:\p{L}+ed|says|adds|notes|argues|muses|suggests|writes|thinks|believes|recalls|explains|insists|claims)\s*[.!?]["”’]?\s*$/u;

/** A sentence that reads as a description's continuation: a bare "would", nobody reporting, no quote. */
function continues(stext: string): boolean {
  return (
    BARE_WOULD_RE.test(stext) &&
    !new RegExp(REPORTING_RE.source, REPORTING_RE.flags).test(stext) &&
    !/["“”]/u.test(stext) &&
    !TRAILING_SPEAKER_RE.test(stext)
  );
}
/** "Other points provide for …", "Further clauses cover …": the rest of the version's contents. */
const OTHER_POINTS_RE =
  /^\W*(?:other|further|additional|remaining|the\s+remaining|the\s+other)\s+(?:points|clauses|provisions|sections|articles)\s+(?:also\s+)?(?:provide|call|cover|deal|include|set|address|commit|envisage|foresee|promise|guarantee|require)\b/iu;

/**
 * Whole paragraphs that describe a version without naming it: a leak or explainer sets out the text
 * in "would" sentences after the paragraph that named it ("On land, Crimea … would be treated as
 * Russian. Ukrainian troops would leave …"), so the sentence-to-sentence chain above has broken on
 * the attributed sentence between them ("…, two people briefed on the process said."). A paragraph
 * is one when every sentence in it continues a description (or says what the "other points" cover),
 * and the version in focus at its start was named in it or in one of the two paragraphs before, or
 * the paragraph before was such a description of it.
 */
function descriptionParagraphs(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  out: Map<number, string>,
): void {
  let lastDescribed = -1;
  let si = 0;
  for (let pi = 0; pi < seg.paragraphs.length; pi++) {
    const first = si;
    while (si < seg.sentences.length && seg.sentences[si]?.paragraph === pi) si++;
    if (si === first) continue;
    const sents = seg.sentences.slice(first, si);
    const para = seg.paragraphs[pi];
    if (!para) continue;
    const key = focusAt(para.start);
    if (key === null) continue;
    const named = (p: number): boolean => {
      const pp = seg.paragraphs[p];
      return pp !== undefined && within(mentions, pp.start, pp.end).some((mn) => mn.proposal === key);
    };
    const near = lastDescribed === pi - 1 || named(pi) || named(pi - 1) || named(pi - 2);
    // Other versions named in the paragraph make it a comparison, read by its own predicates.
    const others = within(mentions, para.start, para.end).some((mn) => mn.proposal !== key);
    if (!near || others) continue;
    const all = sents.every((s) => {
      const stext = text.slice(s.start, s.end);
      return continues(stext) || OTHER_POINTS_RE.test(stext);
    });
    if (!all) continue;
    // A sentence naming a version itself is read by its own predicates ("… under both texts, but
    // the European version alters …").
    for (let k = first; k < si; k++) {
      const s = seg.sentences[k];
      if (s && !out.has(k) && within(mentions, s.start, s.end).length === 0) out.set(k, key);
    }
    lastDescribed = pi;
  }
}

const CONTENT_VERB_RE =
  /^[^.;:]{0,90}?\b(?:would\s+(?:also\s+)?(?:require|see|give|grant|cap|limit|bar|ban|force|oblige|recogni[sz]e|freeze|lift|create|establish|provide|set|hand|cede|keep|restrict|reduce|commit|guarantee|allow|leave|have\s+(?:Ukraine|Kyiv|\p{Lu}\p{L}+))|(?:calls?|called)\s+for|requires?|includes?|caps?|bars?|bans?|limits?|envisages?|envisions?|foresees|proposes|stipulates|sets\s+out|offers|grants|provides\s+for|contains|commits)\b/u;
const PRONOUN_OPEN_RE =
  /^\W*(?:it|the\s+(?:text|document|draft))\s+(?:also\s+|further\s+|then\s+)?\p{L}+s\b/iu;

/** The version a sentence describes as its grammatical subject, or null. */
function contentsSubject(
  text: string,
  start: number,
  end: number,
  inSent: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
): string | null {
  const stext = text.slice(start, end);
  // A quote is a party speaking; a version's subject position already rules out "X said the plan …".
  if (/["“”]/u.test(stext)) return null;
  const first = inSent[0];
  if (first) {
    // The mention opens the sentence (after at most a dateline or a short adverbial).
    if (first.start - start > 60) return null;
    if (inSent.some((mn) => mn.proposal !== first.proposal)) return null;
    return CONTENT_VERB_RE.test(text.slice(first.end, end)) ? first.proposal : null;
  }
  return PRONOUN_OPEN_RE.test(stext) && CONTENT_VERB_RE.test(stext) ? focusAt(start) : null;
}

/**
 * Sections of explainers and live blogs: a heading that names a version ("What is in the 28-point
 * plan") or a lead-in ending with a colon ("Some detail on what the Geneva document contains:")
 * governs the lines under it, which often name no proposal at all ("Territory. Ukraine would …",
 * "- Prisoners would be swapped …"). Returns sentence index → the proposal the section describes
 * and the status its heading gives ("What's out" → dropped). A heading without a proposal, a
 * timestamp line, or a plain paragraph after a colon list ends the section.
 */
export interface SectionDefault {
  readonly key: string;
  readonly status: 'included' | 'dropped' | 'changed';
  /** A bullet or label line: its issues are in the section's proposal even without a predicate. */
  readonly item: boolean;
}
const BULLET_RE = /^\s*(?:[-–—•►▶*·●■]|\d{1,2}[.)])\s+/u;
const LABEL_RE = /^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\.\s+\p{Lu}/iu;
const CONTENT_HEADING_RE =
  /\b(?:what|contains?|in\s+the|changes?|changed|terms|provisions|points|key|main|inside|out|kept|still|dropped|removed)\b/iu;
/** A "What …" heading about a text's contents ("What went", "What's in it"), not "What they said". */
const WHAT_CONTENT_RE =
  /\b(?:in|out|inside|contains?|changed?|changes|new|different|kept|still|stayed|stays|went|gone|dropped|removed|survived|survives|remains|remained|left|unchanged|added|cut)\b/iu;
const HEAD_DROPPED_RE = /\b(?:out|dropped|removed|gone|went|scrapped|cut)\b/iu;
/** "What stayed", "What's still in", "What survived": what the revision kept from the text before. */
const HEAD_KEPT_RE = /\b(?:stayed|stays|kept|still|survived|survives|remains|remained|unchanged)\b/iu;
const HEAD_CHANGED_RE = /\b(?:changed|different|rewritten|softened)\b/iu;

export function sectionDefaults(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  isRevision: (key: string) => boolean = () => false,
): Map<number, SectionDefault> {
  // "What's out" / "What's changed" compare a revision with what it replaced: the section is about
  // the latest revision named so far; "What's still in" is about the version under discussion.
  const headingKey = (at: number, status: SectionDefault['status'], kept = false): string | null => {
    if (status !== 'included' || kept)
      for (let k = mentions.length - 1; k >= 0; k--) {
        const mn = mentions[k] as ProposalMention;
        if (mn.start < at && (mn.revised || isRevision(mn.proposal))) return mn.proposal;
      }
    return focusAt(at);
  };
  const out = new Map<number, SectionDefault>();
  type Section = { key: string | null; status: SectionDefault['status']; colon: boolean };
  let section = null as Section | null;
  let lastLineEnd = -1;
  let labelPara = -1;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    if (!s) continue;
    const stext = text.slice(s.start, s.end);
    // A unit that starts a line (lineSentences cut there) is a line; others continue one.
    const lineStart =
      s.start === 0 || text[s.start - 1] === '\n' || /\n\s*$/u.test(text.slice(s.start - 3, s.start));
    const inSent = within(mentions, s.start, s.end);
    const bullet = lineStart && BULLET_RE.test(stext);
    // The first line is the headline: it names the story, it does not open a section.
    const heading =
      s.start > 0 &&
      text.slice(0, s.start).trim().length > 0 &&
      lineStart &&
      !bullet &&
      stext.length <= 90 &&
      !/[.!?]["”’]?$/u.test(stext) &&
      !stext.endsWith(':');
    if (heading) {
      const first = inSent[0];
      if (first && CONTENT_HEADING_RE.test(stext))
        section = {
          key: first.proposal,
          status: HEAD_DROPPED_RE.test(stext) ? 'dropped' : 'included',
          colon: false,
        };
      else if (!first && /^\s*what['’]?s?\b/iu.test(stext) && WHAT_CONTENT_RE.test(stext)) {
        // "What's out" / "What's changed": the section is about the version under discussion.
        const status: SectionDefault['status'] = HEAD_DROPPED_RE.test(stext)
          ? 'dropped'
          : HEAD_CHANGED_RE.test(stext)
            ? 'changed'
            : 'included';
        section = { key: headingKey(s.start, status, HEAD_KEPT_RE.test(stext)), status, colon: false };
      } else section = null;
      lastLineEnd = s.end;
      continue;
    }
    if (stext.endsWith(':')) {
      // "The main changes from the first draft are these:": a version set against the list is not
      // what the list describes; the revision under discussion is.
      const own = inSent.filter(
        (mn) => !CONTRAST_RE.test(text.slice(Math.max(s.start, mn.start - 40), mn.start)),
      );
      const last = own[own.length - 1];
      const setAgainst = own.length < inSent.length;
      const key: string | null =
        last?.proposal ?? (setAgainst ? headingKey(s.start, 'changed') : null) ?? section?.key ?? null;
      // A lead-in without its own mention takes the version named just before it in the paragraph.
      const prevKey: string | null =
        key ?? (si > 0 && seg.sentences[si - 1]?.paragraph === s.paragraph ? focusAt(s.start) : null);
      const st: SectionDefault['status'] = section?.status ?? 'included';
      section = prevKey ? { key: prevKey, status: st, colon: true } : null;
      lastLineEnd = s.end;
      continue;
    }
    if (section) {
      if (section.colon && lineStart && !bullet && !LABEL_RE.test(stext)) {
        // a plain paragraph after a list ends it (unless the lead-in itself was a paragraph lead)
        if (text.slice(lastLineEnd, s.start).includes('\n\n') && stext.length > 140) section = null;
      }
    }
    if (
      lineStart &&
      (LABEL_RE.test(stext) || /^\s*(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\.$/iu.test(stext))
    )
      labelPara = s.paragraph;
    if (section?.key) {
      // Bullets and label paragraphs ("Territory. Ukraine would …") list the section's contents.
      const item = bullet || labelPara === s.paragraph || section.colon;
      out.set(si, { key: section.key, status: section.status, item });
    }
    if (lineStart) lastLineEnd = s.end;
  }
  return out;
}

/** A bare definite name of a text: "the text", "this document", "the draft". */
const BARE_TEXT_RE = /^(?:the|this|that)\s+(?:text|document|draft|paper|plan|framework|proposal|deal)$/iu;

/**
 * Under a heading that says which version a section is about ("What stayed", "What is in the
 * 28-point plan"), a bare "the text" in the section is that version ("Still in the text are …"),
 * even when the last sentence before the heading named another one. Returns the mentions with
 * those re-pointed (the same array when none is).
 */
export function sectionReferents(
  seg: Segmented,
  mentions: readonly ProposalMention[],
  sections: ReadonlyMap<number, SectionDefault>,
): ProposalMention[] {
  let changed = false;
  const out = mentions.map((mn) => {
    if (mn.rule !== 'generic' || !BARE_TEXT_RE.test(mn.text)) return mn;
    const sec = sections.get(sentenceIndexOf(seg, mn.start));
    if (!sec || sec.key === mn.proposal) return mn;
    changed = true;
    return { ...mn, proposal: sec.key, points: null };
  });
  return changed ? out : [...mentions];
}
