import type { Segmented } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { span, within } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * Explainers ask about one issue at a time under a question heading: "Are there elections?",
 * "What happens to the nuclear plant?", "What about prisoners?". The answer below often names the
 * issue only by the heading ("Yes. Ukraine would hold a vote …", "The point on the plant is still
 * disputed"), so the heading's issue is in the version under discussion, unless the answer says
 * otherwise: it opens with "No", negates a sentence about that issue, or another rule already
 * read a status for it there (those readings are more precise than the heading's).
 * The question-and-answer sections of provision-explainers.ts handle headings that carry a status
 * ("What has been dropped?"); these carry only a topic.
 */
const TOPIC_Q_RE =
  /^\W*(?:and\s+)?(?:(?:are|is)\s+there\b|will\s+there\s+be\b|what\s+(?:happens|will\s+happen|would\s+happen)\s+(?:to|with)\b|what\s+about\b|how\s+about\b|(?:does|do|will|would)\s+(?:it|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:include|offer|cover|mention|address|deal\s+with|provide\s+for|say\s+anything\s+about)\b|and\s+(?!what\b|who\b|why\b|how\b|when\b))/iu;
/** A sentence that denies what it is about ("does not promise", "is silent on", "has gone"). */
const DENIAL_RE =
  /\b(?:no|not|never|nothing|none|neither|nor|without|silent|gone|dropped|removed|deleted|scrapped|struck|n['’]t|no\s+longer)\b/iu;
const ANSWER_PARAS = 2;

export function topicQuestions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  out: ProvisionClaim[],
): void {
  const sents = seg.sentences;
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si] as (typeof sents)[number];
    const para = seg.paragraphs[s.paragraph];
    if (!para || para.start < s.start - 1 || text.slice(s.end, para.end).trim() !== '') continue;
    const stext = text.slice(s.start, s.end);
    if (!/\?\s*$/u.test(stext) || stext.length > 90 || /["“”]/u.test(stext) || !TOPIC_Q_RE.test(stext))
      continue;
    const asked = within(issues, s.start, s.end);
    if (asked.length === 0) continue;
    // The answer: the paragraphs under the heading, up to the next heading or two paragraphs.
    const answer: (typeof sents)[number][] = [];
    for (let k = si + 1; k < sents.length; k++) {
      const a = sents[k] as (typeof sents)[number];
      if (a.paragraph - s.paragraph > ANSWER_PARAS) break;
      const ap = seg.paragraphs[a.paragraph];
      const atext = text.slice(a.start, a.end);
      if (ap && ap.start >= a.start - 1 && /\?\s*$/u.test(atext) && text.slice(a.end, ap.end).trim() === '')
        break;
      answer.push(a);
    }
    const first = answer[0];
    if (!first) continue;
    const opening = text.slice(first.start, first.end);
    if (/^\W*no\b/iu.test(opening)) continue;
    // Reactions ("Moscow said it would never accept …") are not an answer about the text.
    if (/["“”]|\b(?:said|says|told)\b/iu.test(opening) && !/^\W*yes\b/iu.test(opening)) continue;
    const from = first.start;
    const to = (answer[answer.length - 1] as (typeof sents)[number]).end;
    const key = within(mentions, s.start, s.end)[0]?.proposal ?? focusAt(from);
    if (key === null) continue;
    for (const issue of new Set(asked.map((h) => h.issue))) {
      if (out.some((o) => o.issue === issue && o.evidence.start >= s.start && o.evidence.start < to))
        continue;
      const denied = answer.some(
        (a) =>
          within(issues, a.start, a.end).some((h) => h.issue === issue) &&
          DENIAL_RE.test(text.slice(a.start, a.end)),
      );
      if (denied) continue;
      out.push({
        proposal: key,
        issue,
        status: 'included',
        summary: `${stext.trim()} ${opening.trim()}`.slice(0, 200).replace(/\s+/g, ' '),
        evidence: span(text, s.start, s.end),
        rule: 'provision:topic-question',
      });
    }
  }
}
