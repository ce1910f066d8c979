import type { Segmented } from '../segment/index.ts';
import { REPORTING_RE } from './lexicon.ts';
import { within } from './text.ts';
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
/** A continuation describes too: a bare conditional-free "would", no reporting verb, no new proposal. */
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
      const rep = new RegExp(REPORTING_RE.source, REPORTING_RE.flags);
      // "The plan would not set a date for elections" says what is NOT in it: no inclusion.
      const negatedByName = inSent.some((mn) =>
        /^\s+(?:\p{L}+\s+){0,2}?would\s+(?:not|never)\b/iu.test(text.slice(mn.end, mn.end + 40)),
      );
      if (BARE_WOULD_RE.test(stext) && !rep.test(stext) && !/["“”]/u.test(stext) && !negatedByName)
        key = prev;
    }
    if (key) out.set(si, key);
    // A sentence whose subject is a version and whose verb says what it contains ("The plan caps
    // the army …", "A blueprint drawn up by … would require …", "It also proposes …") is not a
    // continuation itself (its own predicates place its cues) but opens a description that the
    // unattributed "would" sentences after it continue ("In return, Ukraine would receive …").
    prev = key ?? (si > 0 ? contentsSubject(text, s.start, s.end, inSent, focusAt) : null);
  }
  return out;
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
const HEAD_DROPPED_RE = /\b(?:out|dropped|removed|gone|scrapped|cut)\b/iu;
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
  const headingKey = (at: number, status: SectionDefault['status']): string | null => {
    if (status !== 'included')
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
      else if (!first && /^\s*what['’]?s?\b/iu.test(stext) && CONTENT_HEADING_RE.test(stext)) {
        // "What's out" / "What's changed": the section is about the version under discussion.
        const status: SectionDefault['status'] = HEAD_DROPPED_RE.test(stext)
          ? 'dropped'
          : HEAD_CHANGED_RE.test(stext)
            ? 'changed'
            : 'included';
        section = { key: headingKey(s.start, status), status, colon: false };
      } else section = null;
      lastLineEnd = s.end;
      continue;
    }
    if (stext.endsWith(':')) {
      const last = inSent[inSent.length - 1];
      const key: string | null = last?.proposal ?? section?.key ?? null;
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
