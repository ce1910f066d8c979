import type { Paragraph } from '../segment/index.ts';
import { makeQuote } from './build.ts';
import { type Doc, factsOf, mentionsIn } from './doc.ts';
import type { ActorMentionLike, Quote } from './types.ts';

/**
 * Interviews printed as questions and answers: a question paragraph (it ends in "?" or opens "Q:"),
 * then the answer, either a paragraph that is only a quote or one that opens "A:". No cue verb sits
 * next to the answer, so the cue rules leave it unattributed, and the party the question names ("Does
 * Russia accept the draft?") is not the one answering. The answer is the interviewee's: the person the
 * article says it spoke to ("told the paper in an interview", "sat down with"), else the name the
 * headline opens with ("Sybiha: Kyiv will not …").
 */

/** Cues that name whom the outlet interviewed: the person before the cue … */
const SPOKE_TO =
  /\b(?:in an interview|spoke (?:to|with)|speaking (?:to|with)|told (?:this|our|the) (?:newspaper|paper|station|programme|program|broadcaster|agency|outlet|website|magazine|correspondent|reporter)|answered questions)\b/iu;
/** … or the person after it ("sat down with" only after the outlet: negotiators sit down with each other). */
const INTERVIEW_WITH =
  /\b(?:(?:an |our |the )?interview with|(?:we|I|this (?:newspaper|paper|reporter|correspondent)|our (?:reporter|correspondent)) sat down with|in conversation with|interviewed)\b/iu;
const QUESTION_LABEL = /^(?:Q|Question)\s*[:.–—-]\s*/u;
const ANSWER_LABEL = /^(?:A|Answer)\s*[:.–—-]\s*/u;

function isPerson(doc: Doc, m: ActorMentionLike): boolean {
  return factsOf(doc, m.actor)?.kind === 'person';
}

/** The person the article interviews, from the first sentence that says so, else the headline. */
export function interviewee(doc: Doc): ActorMentionLike | null {
  for (const s of doc.seg.sentences) {
    const stext = doc.text.slice(s.start, s.end);
    const after = INTERVIEW_WITH.exec(stext);
    if (after) {
      const from = s.start + after.index + after[0].length;
      const m = mentionsIn(doc, from, s.end).find((x) => isPerson(doc, x));
      if (m) return m;
    }
    const before = SPOKE_TO.exec(stext);
    if (before) {
      const m = mentionsIn(doc, s.start, s.start + before.index).find((x) => isPerson(doc, x));
      if (m) return m;
    }
  }
  const head = doc.seg.paragraphs[0];
  if (!head) return null;
  const first = mentionsIn(doc, head.start, head.end)[0];
  if (first && isPerson(doc, first) && /^\s*:/u.test(doc.text.slice(first.end, first.end + 3))) return first;
  return null;
}

function isQuestion(text: string): boolean {
  const t = text.trim();
  return QUESTION_LABEL.test(t) || (/\?["”’]?$/u.test(t) && !/^["“‘]/u.test(t));
}

/** Gives unattributed answers to the interviewee and reads "A:" paragraphs as their quotes. */
export function interviewAnswers(doc: Doc, quotes: readonly Quote[], published: string | null): Quote[] {
  const paras = doc.seg.paragraphs;
  if (!paras.some((p) => isQuestion(doc.text.slice(p.start, p.end)))) return [...quotes];
  const who = interviewee(doc);
  if (!who) return [...quotes];
  const paraOf = (offset: number): number => paras.findIndex((p) => offset >= p.start && offset <= p.end);
  const out: Quote[] = [];
  const answered = new Set<number>();
  const give = (q: Quote): Quote => ({
    ...q,
    speaker: who.actor,
    speakerSpan: { start: who.start, end: who.end, text: who.text },
    unnamed: null,
    rule: 'interview-answer',
  });
  // An answer follows its question, or another paragraph of the same answer.
  const answers = (pi: number): boolean =>
    pi > 0 &&
    (isQuestion(doc.text.slice((paras[pi - 1] as Paragraph).start, (paras[pi - 1] as Paragraph).end)) ||
      answered.has(pi - 1));
  for (const q of quotes) {
    const pi = paraOf(q.start);
    const para = paras[pi];
    const opensParagraph = para !== undefined && /^\s*["“‘]?\s*$/u.test(doc.text.slice(para.start, q.start));
    if (
      q.kind === 'direct' &&
      !q.scare &&
      q.speaker === null &&
      q.unnamed === null &&
      opensParagraph &&
      answers(pi)
    ) {
      answered.add(pi);
      out.push(give(q));
    } else out.push(q);
  }
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi] as Paragraph;
    const label = ANSWER_LABEL.exec(doc.text.slice(p.start, p.end));
    // An answer already read as a direct quote is the interviewee's; a reported clause inside the
    // answer ("We have said that …") does not make it someone else's, and is the interviewee's too.
    if (!label || !answers(pi)) continue;
    const start = p.start + label[0].length;
    if (out.some((q) => q.kind === 'direct' && q.start >= p.start && q.start <= start + 1 && q.end <= p.end))
      continue;
    for (let k = 0; k < out.length; k++) {
      const q = out[k] as Quote;
      if (q.start >= p.start && q.end <= p.end && q.speaker === null && q.unnamed === null) out[k] = give(q);
    }
    const end = p.end - (doc.text.slice(start, p.end).length - doc.text.slice(start, p.end).trimEnd().length);
    if (end <= start) continue;
    answered.add(pi);
    out.push(give(makeQuote(doc, { start, end }, 'direct', null, published, 'interview-answer')));
  }
  return out;
}
