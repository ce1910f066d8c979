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
    prev = key;
  }
  return out;
}
