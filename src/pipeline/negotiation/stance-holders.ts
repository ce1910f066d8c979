import { clauseStart, findSubject, quoteHolder } from './clause.ts';
import { carriedHolder, describedKind } from './holders.ts';
import { REPORTING_RE } from './lexicon.ts';
import { lastMatch } from './stance-match.ts';
import type { Predicate } from './stance-predicates.ts';
import type { StanceContext } from './stances.ts';
import { sentenceIndexOf, within } from './text.ts';
import type { ActorMentionIn, QuoteIn, StanceClaim } from './types.ts';

/**
 * Who holds a stance when the predicate's own clause does not name its subject plainly: the
 * reporter a coordinated predicate shares, the antecedent of "who", the speaker of a quote that
 * continues or is only described, the parties "sharing" a position, and whether a sentence's
 * subject is a proposal rather than a party. stances.ts picks among these; the general subject
 * finder (findSubject) lives in clause.ts, holders carried across sentences in holders.ts.
 */

/** A title right before the speaker's name: an official, not an analyst. */
const OFFICIAL_TITLE_RE =
  /\b(?:minister|spokes(?:man|woman|person)|envoy|ambassador|aide|advis[eo]r|president|premier|chancellor|secretary|negotiator|commissioner)\b/iu;
export function officialSpeaker(text: string, quote: QuoteIn | null): boolean {
  const sp = quote?.speakerSpan;
  return !!sp && OFFICIAL_TITLE_RE.test(text.slice(Math.max(0, sp.start - 30), sp.end));
}

/** "He warned that … if Kyiv turned it down, and said …": a reporting verb coordinated by "and"
 * has no subject of its own; it shares the first reporting verb's in the sentence. */
export function reporterAt(text: string, sentStart: number, repStart: number): number {
  if (
    !/(?:^|[\s,])and\s+(?:also\s+|then\s+)?$/iu.test(text.slice(Math.max(sentStart, repStart - 12), repStart))
  )
    return repStart;
  const first = new RegExp(REPORTING_RE.source, REPORTING_RE.flags).exec(text.slice(sentStart, repStart));
  return first ? sentStart + first.index : repStart;
}

/** The end of the last ", and that" / "and that" opening a new reported clause between two offsets (or -1). */
export function lastThatEnd(text: string, from: number, to: number): number {
  const m = lastMatch(/(?:,\s*|\s)and\s+that\s+/giu, text, from, to);
  return m ? m.end : -1;
}

/**
 * "'If Kyiv does not want to discuss it,' he went on, 'then … our position.'": a direct quote with
 * no speaker of its own continues the speaker of the direct quote before it in the same paragraph.
 */
export function continuedQuote(
  text: string,
  quotes: readonly QuoteIn[],
  quote: QuoteIn | null,
): QuoteIn | null {
  if (quote?.kind !== 'direct' || quoteHolder(quote)) return quote;
  const i = quotes.indexOf(quote);
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const q = quotes[j] as QuoteIn;
    if (q.end > quote.start || text.slice(q.end, quote.start).includes('\n\n')) break;
    if (q.kind === 'direct' && quoteHolder(q))
      return { ...quote, speaker: q.speaker, speakerSpan: q.speakerSpan ?? null, unnamed: q.unnamed ?? null };
  }
  return quote;
}

/** A proposal noun: what a sentence opening with "It" may refer back to. */
const PROPOSAL_NOUN_RE =
  /\b(?:proposal|plan|paper|draft|text|document|framework|blueprint|initiative|offer)s?\b/iu;

/**
 * Whether a sentence's subject is a proposal: "The paper offered …", or "It …" right after a
 * sentence in the same paragraph that names a proposal (as a pack key or by its head noun).
 */
export function proposalSubject(ctx: StanceContext, si: number): boolean {
  const sent = ctx.seg.sentences[si];
  if (!sent) return false;
  const head = ctx.text.slice(sent.start, Math.min(sent.end, sent.start + 80));
  if (
    /^\W*(?:the|this|that)\s+(?:(?:new|revised|original|first|latest|short|earlier|\d+-point|[\p{Lu}][\p{L}]+)\s+){0,2}(?:proposal|plan|paper|draft|text|document|framework|blueprint)\s+(?:(?:also|had|has|would|will)\s+)*\p{Ll}+(?:ed|s)\b/u.test(
      head,
    )
  )
    return true;
  if (!/^\W*It\s/u.test(head)) return false;
  const prev = ctx.seg.sentences[si - 1];
  if (!prev || prev.paragraph !== sent.paragraph) return false;
  return (
    PROPOSAL_NOUN_RE.test(ctx.text.slice(prev.start, prev.end)) ||
    ctx.mentions.some((m) => m.start >= prev.start && m.end <= prev.end)
  );
}

/** The actor holding a stance already read from the sentence starting at an offset. */
export function heldBy(out: readonly StanceClaim[]): (sentStart: number) => string | null {
  return (sentStart) => {
    for (let i = out.length - 1; i >= 0; i--) {
      const c = out[i] as StanceClaim;
      if (c.evidence.start === sentStart) return c.actor;
      if (c.evidence.start < sentStart) break;
    }
    return null;
  };
}

/**
 * A quote whose speaker is only described ("a ministry spokeswoman said", "Its prime minister
 * said") speaks for the party carried from the sentence before or the paragraph's topic; an
 * official the pack does not know and the text ties to no side ("Prime Minister Bart De Wever")
 * speaks for the party a copular topic sentence opening the paragraph names ("Belgium is the obstacle.").
 */
export function carriedQuote(
  ctx: StanceContext,
  si: number,
  quote: QuoteIn | null,
  out: readonly StanceClaim[],
): QuoteIn | null {
  if (!quote) return quote;
  const sp = quote.speakerSpan;
  if (!quoteHolder(quote)) {
    if (!sp) return quote;
    const kind = describedKind(ctx.text.slice(sp.start, sp.end));
    const carried = kind ? carriedHolder(ctx, si, kind, heldBy(out)) : null;
    return carried ? { ...quote, speaker: carried } : quote;
  }
  const h = quoteHolder(quote) as string;
  if (ctx.isParty(h) || !officialSpeaker(ctx.text, quote)) return quote;
  const carried = carriedHolder(ctx, si, 'person', heldBy(out), true);
  return carried ? { ...quote, speaker: carried } : quote;
}

/**
 * "Sybiha said Putin was wasting time, and urged Washington to …": after a report with no
 * predicate of its own, ", and urged" shares the reporter's subject (null when it does not apply).
 */
export function reporterCoordinated(
  ctx: StanceContext,
  preds: readonly Predicate[],
  pi: number,
): string[] | null {
  const { text, seg } = ctx;
  const p = preds[pi] as Predicate;
  if (p.cue.reported) return null;
  const sent = seg.sentences[sentenceIndexOf(seg, p.start)];
  if (!sent) return null;
  const lead = text.slice(Math.max(sent.start, p.start - 20), p.start);
  // Without a comma only a speech act ("… and urged Washington to …") is the reporter's.
  const joined =
    /,\s+and\s+(?:also\s+|then\s+|later\s+)?$/iu.test(lead) ||
    (/\sand\s+(?:also\s+)?$/iu.test(lead) && /^(?:urg|call|appeal|ask|press|insist)/iu.test(p.word));
  if (!joined) return null;
  const rep = lastMatch(REPORTING_RE, text, sent.start, p.start);
  if (!rep) return null;
  if (preds.some((q) => q.start > rep.end && q.start < p.start)) return null;
  const subj = findSubject(
    text,
    rep.start,
    clauseStart(text, sent.start, rep.start),
    ctx.actors,
    null,
    ctx.mentions,
    sent.start,
  );
  return subj && subj.actors.length > 0 ? subj.actors : null;
}

/**
 * "Macron, who opposes …", "Moscow, which wants the sanctions lifted, …": the relative pronoun's
 * antecedent is the holder ("which" only after a comma: "the plan which Russia wants" has its own subject).
 */
const WHO_RE =
  /(?:(?:,|\b)\s*who|,\s*which)\s+(?:(?:has|have|had|is|are|was|were|also|still|now|long|repeatedly|firmly|strongly)\s+)*$/iu;
export function whoAntecedent(
  ctx: StanceContext,
  sentStart: number,
  vStart: number,
): ActorMentionIn | undefined {
  const who = WHO_RE.exec(ctx.text.slice(Math.max(sentStart, vStart - 60), vStart));
  const whoAt = who ? Math.max(sentStart, vStart - 60) + who.index : -1;
  return whoAt >= 0 ? ctx.actors.filter((a) => a.end <= whoAt && whoAt - a.end <= 2).pop() : undefined;
}

/** ", a position shared by …": the named parties hold the stance of the clause before. */
const SHARED_RE =
  /,\s+(?:a|an|the)\s+(?:position|view|stance|demand|line|call)\s+(?:(?:also|long|now)\s+)?(?:shared|backed|echoed|supported|endorsed)\s+by\s+/iu;
/** "Ukraine remained ready for a ceasefire, a position shared by Britain and France": the
 * parties named as sharing the position hold it too. */
export function withSharers(ctx: StanceContext, holders: string[], vEnd: number, sentEnd: number): string[] {
  const { text } = ctx;
  let subjects = holders;
  const shared = SHARED_RE.exec(text.slice(vEnd, sentEnd));
  if (shared) {
    const from = vEnd + shared.index + shared[0].length;
    let at = from;
    for (const a of within(ctx.actors, from, Math.min(sentEnd, from + 120))) {
      if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)?(?:the\s+)?$/iu.test(text.slice(at, a.start))) break;
      if (!subjects.includes(a.actor)) subjects = [...subjects, a.actor];
      at = a.end;
    }
  }
  return subjects;
}
