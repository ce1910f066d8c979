import type { Segmented } from '../segment/index.ts';
import { ACCORDING_RE, agrees, OBJECT_PREP_RE, OBJECT_VERB_RE, quoteHolder } from './clause.ts';
import { within } from './text.ts';
import type { ActorMentionIn, QuoteIn } from './types.ts';

/**
 * Holders carried across sentences. News copy names a party once and then goes on with "the
 * bloc", "its prime minister", "a ministry spokeswoman", or opens a paragraph with its topic
 * ("Hungary is firmly against.") and reports the details in the sentences after. A sentence whose
 * holder slot is such a description takes the party of the sentence before it in the same
 * paragraph, or the paragraph's topic. Never across a paragraph: a new paragraph may change party.
 */

export interface HolderContext {
  readonly text: string;
  readonly seg: Segmented;
  readonly actors: readonly ActorMentionIn[];
  readonly quotes: readonly QuoteIn[];
  readonly isParty: (actor: string) => boolean;
}

/** Words that may stand before the head of a description: rank and office, never a nationality. */
const DESC_MOD = String.raw`(?:(?:senior|top|chief|deputy|foreign|defence|defense|government|ministry|presidential|press|prime|its|his|her|their)\s+){0,3}`;
/** A person speaking for a party: the office, with no name and no nationality. */
const PERSON_HEAD = String.raw`(?:spokes(?:man|woman|person)|minister|president|chancellor|premier|official|aide|advis[eo]r|negotiator|envoy)`;
/** A body standing for its party. "bloc" and "alliance" name a group of states, never a person's state. */
const GROUP_HEAD = '(?:bloc|alliance|union)';
const STATE_HEAD = '(?:government|administration|ministry|leadership|presidency)';
const DET = String.raw`(?:the|a|an|its|his|her|their|one)\s+`;
/** Adverbs and auxiliaries between a subject and its verb. */
const TAIL = String.raw`(?:,?\s*(?:(?:has|have|had|is|was|also|then|again|now|later|still|\p{L}+ly)\s+)*)`;

export const DESCRIPTION_RE = new RegExp(
  String.raw`(?:^|[\s,])(${DET}${DESC_MOD}(?:(${PERSON_HEAD})s?(?:\s+of\s+the\s+(?:group|movement|government|bloc|ministry))?|(${GROUP_HEAD})s?|(${STATE_HEAD})s?))\s*${TAIL}$`,
  'iu',
);

export type DescriptionKind = 'person' | 'group' | 'state';

/** The kind of party a description stands for, when the whole slot is one ("the bloc", "Its prime minister"). */
export function describedKind(slot: string): DescriptionKind | null {
  const m = DESCRIPTION_RE.exec(slot);
  if (!m) return null;
  // The description must be the whole slot: "(The) bloc", not "a deal the bloc".
  // An introductory phrase closed by a comma may stand before it ("In Brussels, the bloc …").
  const at = slot.indexOf(m[1] as string, m.index);
  if (!/^\W*$|,\s*$/u.test(slot.slice(0, at))) return null;
  return m[2] ? 'person' : m[3] ? 'group' : 'state';
}

/** A copular topic sentence: "Moscow was dismissive.", "Belgium is the obstacle.", "The Kremlin's reaction was lukewarm." */
const TOPIC_RE =
  /^\s*(?:the\s+)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})(?:['’]s\s+(?:reaction|response|position|answer|line|message|view|stance))?\s+(?:(?:is|was|are|were|has\s+been|have\s+been|remains|remained|seemed|appeared|looked)\s+)(?:[\p{L}'’-]+\s*){1,4}[.!]?\s*$/u;

function subjectMention(ctx: HolderContext, start: number, end: number): ActorMentionIn | null {
  for (const a of within(ctx.actors, start, end)) {
    const lead = ctx.text.slice(Math.max(start, a.start - 30), a.start);
    if (OBJECT_PREP_RE.test(lead) || OBJECT_VERB_RE.test(lead) || ACCORDING_RE.test(lead)) continue;
    return ctx.isParty(a.actor) ? a : null;
  }
  return null;
}

/** The party a topic sentence is about, or null when the sentence is not one. */
function topicOf(ctx: HolderContext, si: number): ActorMentionIn | null {
  const s = ctx.seg.sentences[si];
  if (!s) return null;
  const m = TOPIC_RE.exec(ctx.text.slice(s.start, s.end));
  if (!m) return null;
  const a = within(ctx.actors, s.start, s.end)[0];
  return a && a.start - s.start <= m[0].length - m[0].trimStart().length + 4 && ctx.isParty(a.actor)
    ? a
    : null;
}

/**
 * The holder of the sentence before `si` in the same paragraph: a party holding a stance there,
 * the party speaker of a quote in it, or its first party mention that is no object. With
 * `topicOnly`, only a copular topic sentence opening the paragraph counts.
 */
export function carriedHolder(
  ctx: HolderContext,
  si: number,
  kind: DescriptionKind,
  heldIn: (sentStart: number) => string | null,
  topicOnly = false,
): string | null {
  const sent = ctx.seg.sentences[si];
  if (!sent || si === 0) return null;
  const para = sent.paragraph;
  const fits = (actor: string, mention?: ActorMentionIn): boolean => {
    if (!ctx.isParty(actor)) return false;
    if (kind === 'group' && mention)
      return agrees('it', mention) && (mention as { kind?: string }).kind !== 'state';
    return kind !== 'group';
  };
  // The paragraph's first sentence, when it only names its topic.
  let first = si;
  while (first > 0 && ctx.seg.sentences[first - 1]?.paragraph === para) first--;
  if (first === si) return null;
  const topic = topicOf(ctx, first);
  if (topicOnly) return topic && fits(topic.actor, topic) ? topic.actor : null;
  const prev = ctx.seg.sentences[si - 1];
  if (!prev || prev.paragraph !== para) return null;
  const held = heldIn(prev.start);
  if (
    held &&
    fits(
      held,
      ctx.actors.find((a) => a.actor === held),
    )
  )
    return held;
  for (const q of within(ctx.quotes, prev.start, prev.end)) {
    const h = quoteHolder(q);
    if (
      h &&
      fits(
        h,
        ctx.actors.find((a) => a.actor === h),
      )
    )
      return h;
  }
  const subj = subjectMention(ctx, prev.start, prev.end);
  if (subj && fits(subj.actor, subj)) return subj.actor;
  return topic && fits(topic.actor, topic) ? topic.actor : null;
}

/** A paragraph that is one quotation and nothing else: an interview answer. */
const WHOLE_QUOTE_RE = /^\s*["“][\s\S]*["”][.]?\s*$/u;

/**
 * Interviews. A Q&A interview prints the interviewer's prompts (a question, or a short statement
 * put to the guest) as paragraphs of their own, each followed by a paragraph that is only the
 * guest's quoted answer, with no reporting verb. The quotes stage finds no speaker there, or takes
 * a party named in the prompt ("Russia says a truce would help Kyiv regroup.") as the speaker.
 * When at least three answers follow prompts and the headline or lead names one person party, the
 * answers are that person's: his quotes speak for his side, "we" is his government.
 */
export function interviewQuotes(ctx: HolderContext): readonly QuoteIn[] {
  const layout = interviewLayout(ctx);
  if (!layout) return ctx.quotes;
  const { answers, guest: holder } = layout;
  return ctx.quotes.map((q) =>
    q.kind === 'direct' && answers.some((p) => q.start >= p.start && q.end <= p.end)
      ? { ...q, speaker: holder, speakerSpan: null, unnamed: null }
      : q,
  );
}

/**
 * The interviewer's prompts in a Q&A interview: a statement put to the guest ("The Kremlin says a
 * truce would only help Kyiv regroup.") is the interviewer's framing of a question, not a report
 * that the article stands behind, so it holds no stance (the guest's answer does).
 */
export function interviewPrompts(ctx: HolderContext): readonly { start: number; end: number }[] {
  return interviewLayout(ctx)?.prompts ?? [];
}

type Range = { start: number; end: number };
function interviewLayout(ctx: HolderContext): { answers: Range[]; prompts: Range[]; guest: string } | null {
  const paras = ctx.seg.paragraphs;
  if (paras.length < 6) return null;
  const answers: { start: number; end: number }[] = [];
  const prompts: Range[] = [];
  for (let i = 1; i < paras.length; i++) {
    const p = paras[i] as { start: number; end: number };
    const prev = paras[i - 1] as { start: number; end: number };
    const body = ctx.text.slice(p.start, p.end);
    const prompt = ctx.text.slice(prev.start, prev.end);
    if (!WHOLE_QUOTE_RE.test(body) || WHOLE_QUOTE_RE.test(prompt) || prompt.length > 200) continue;
    // A prompt is a question or one short sentence of the interviewer's, never a report of speech
    // ending in a colon ("He put it this way:").
    if (/:\s*$/u.test(prompt) || !/[?.]\s*$/u.test(prompt)) continue;
    answers.push(p);
    prompts.push(prev);
  }
  if (answers.length < 3) return null;
  const lead = paras.slice(0, 2) as { start: number; end: number }[];
  // The guest: the person party the headline and lead name most often (the first on a tie);
  // others named there ("this week's visit by Trump's envoys") are context.
  const counts = new Map<string, number>();
  for (const a of ctx.actors)
    if (
      lead.some((p) => a.start >= p.start && a.end <= p.end) &&
      (a as { kind?: string }).kind === 'person' &&
      ctx.isParty(a.actor)
    )
      counts.set(a.actor, (counts.get(a.actor) ?? 0) + 1);
  let guest: string | null = null;
  for (const [actor, n] of counts) if (guest === null || n > (counts.get(guest) as number)) guest = actor;
  if (guest === null) return null;
  return { answers, prompts, guest };
}
