import type { DateValue } from '../../core/types.ts';
import type { Segmented } from '../segment/index.ts';
import { clauseEnd, clauseStart, findSubject, quoteAt, quoteHolder, tokenAt } from './clause.ts';
import { carriedHolder, describedKind, interviewQuotes } from './holders.ts';
import type { IssueHit } from './issues.ts';
import {
  CONDITION_RE,
  HYPOTHETICAL_RE,
  NEG_FUTURE_RE,
  NEG_OTHER_RE,
  REPORTING_RE,
  SPECULATIVE_RE,
  STANCE_CUES,
  type StanceCue,
  stanceCueSource,
} from './lexicon.ts';
import { extractProposalStances, refineProposalStances, vagueObjectProposal } from './proposal-stances.ts';
import { lowerBound, sentenceIndexOf, span, within } from './text.ts';
import type { ActorMentionIn, ProposalMention, QuoteIn, Stance, StanceClaim, TimeIn } from './types.ts';
import { WHOLE_PROPOSAL } from './types.ts';

/**
 * Stances: who wants, rejects or accepts what. A stance predicate (lexicon.ts) is found in the
 * text; its subject is the nearest actor in the clause before it (pronouns and quote speakers
 * resolved); its object is the issue cues (or a proposal) in the clause after it. Negation,
 * modality and conditions change or cancel it; hypotheticals, questions and speculation drop it.
 */

export const STANCE_RE = new RegExp(`(?<![\\p{L}])(?:${stanceCueSource()})(?![\\p{L}])`, 'giu');

export interface StanceContext {
  readonly text: string;
  readonly seg: Segmented;
  readonly actors: readonly ActorMentionIn[];
  readonly quotes: readonly QuoteIn[];
  readonly times: readonly TimeIn[];
  readonly issues: readonly IssueHit[];
  readonly mentions: readonly ProposalMention[];
  readonly published: string | null;
  /** Actors allowed as stance holders (parties, not analysts or reporters). */
  readonly isParty: (actor: string) => boolean;
  readonly focusAt: (offset: number) => string | null;
  /** Sentences describing a proposal's content (framing.ts): no stances there. */
  readonly described?: ReadonlyMap<number, string>;
}

const MODIFIER_LEAD_RE =
  /\b(?:modell?ed\s+on|based\s+on|patterned\s+on|inspired\s+by|similar\s+to|akin\s+to|comparable\s+to|along\s+the\s+lines\s+of|in\s+the\s+style\s+of)\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
const DEADLINE_INFINITIVE_RE =
  /\b(?:give[sn]?|gave|giving|set|sets|granted|allowed)\b[^.;]{0,60}\b(?:until|till|by|before|a\s+deadline)\b[^.;]{0,50}\bto\s+$/iu;

/** Between a head issue cue and a cue in its of-complement: "of", "over", a few words, no verb or comma. */
const COMPLEMENT_GAP_RE = /^\s+(?:of|over)\s+(?:(?!(?:and|or|but|nor)\s)[\p{L}'’-]+\s+){0,5}$/u;
/** "X rather than / instead of a ceasefire": the cue after it is the alternative refused. */
const CONTRAST_LEAD_RE =
  /(?:\b(?:rather\s+than|instead\s+of|in\s+place\s+of)|,\s+(?:and\s+)?not(?!\s+(?:just|merely|only|simply|least)\b))\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** An undoing word before an issue cue ("the lifting of Western sanctions", "to ease the"). */
const UNDO_LEAD_RE =
  /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing|al)|scrap(?:s|ped|ping)?|roll(?:s|ed|ing)?\s+back|relief\s+from)\s+(?:of\s+)?(?:(?!(?:and|or|but|nor|that|which|to)\s)[\p{L}'’-]+\s+){0,3}(?:of\s+|on\s+)?$/iu;
/** A barring word after the predicate and before the cue: "demanded that any deal rule out Ukraine joining NATO". */
const BAR_LEAD_RE =
  /\b(?:rul(?:e|es|ed|ing)\s+out|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prevent(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|preclud(?:e|es|ed|ing))\s+(?:(?!(?:and|or|but|nor|that|which)\s)[\p{L}'’-]+\s+){0,3}$/iu;
/** A cue that itself names the undoing ("lifting of sanctions", "sanctions relief"). */
const UNDO_IN_RE = /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relief|removal)\b/iu;

const LOCATIVE_LEAD_RE =
  /^\s+(?:along|at|on|in|inside)\s+(?:the\s+)?(?:current|existing|present|present-day|[\p{Lu}][\p{L}'’]*)?\s*$/u;

/** ", a point both Kyiv and Moscow have (accepted)": an appositive summing up the clause before. */
const APPOSITIVE_RE =
  /(?:,|\s[—–-])\s*(?:a|an|the)\s+(?:step|move|point|concession|demand|idea|condition|arrangement|provision|measure|clause|compromise)\s+(?:that\s+|which\s+)?(?:[\p{L}'’.-]+\s+){1,5}(?:(?:has|have|had|is|are|was|were|also|still|now|both|all|already|long|repeatedly)\s+)*$/iu;

/** The subject of a that-clause right before a verb: "(and) that any agreement …". */
const THAT_SUBJECT_RE = /\bthat\s+(?:(?!(?:and|or|but|said|says|would|will)\b)[\p{L}'’-]+\s+){1,4}$/iu;

/** Flipping a stance whose object names the negation of the issue (pack `against` phrases). */
const FLIP: Record<Stance, Stance> = {
  demands: 'rejects',
  rejects: 'demands',
  supports: 'opposes',
  opposes: 'supports',
  conditional: 'conditional',
  undecided: 'undecided',
};
/** A negation that governs the predicate: at most three words before it, none starting a new phrase ("no deadline for Kyiv to accept" is not a negated acceptance). */
const NEG_NEAR_RE = new RegExp(
  `(?:${NEG_OTHER_RE.source})\\s+(?:(?!(?:for|to|that|which|who|deadline|time|need|reason|way|plan|doubt)\\b)[\\p{L}'’]+\\s+){0,3}$`,
  'iu',
);
/** An object that stands for "the proposal on the table" without naming it ("has not agreed to anything"). */
const VAGUE_OBJECT_RE =
  /^\s*(?:to\s+|on\s+)?(?:anything(?!\s+(?:that|which)\b)|any\s+of\s+it|its\s+(?:content|contents|substance|details|terms)|it|that(?=\s*(?:[.,;:!?"”]|$)|\s+(?:\p{L}+ly|either|too|at\s+all|now|idea|approach|outcome)\b)|this|a\s+deal|any\s+deal|the\s+deal|the\s+terms|the\s+(?:[\p{L}-]+\s+)?(?:initiative|offer|proposals|changes|revisions)|(?:a|any|the)\s+(?:new\s+|revised\s+|final\s+)?(?:text|document|draft|version))\b/iu;
/** Wanting "a deal" is wanting peace, not a stance on the proposal on the table. */
const INDEFINITE_DEAL_RE = /^\s*(?:to\s+|on\s+)?(?:a|any)\s+deal\b/iu;
/** A restrictive relative clause on a thing right before a predicate: "any deal that (would) force …". */
const REL_OBJECT_RE =
  /\b(?:deal|plan|agreement|settlement|accord|text|draft|proposal|arrangement|peace|clause|provision|scheme|document|framework|terms|solution)s?\s+(?:that|which)\s+(?:would\s+|will\s+|could\s+|might\s+)?$/iu;
/** "Macron, who opposes …": the relative pronoun's antecedent is the holder. */
const WHO_RE =
  /(?:,|\b)\s*who\s+(?:(?:has|have|had|is|are|was|were|also|still|now|long|repeatedly|firmly|strongly)\s+)*$/iu;

/** A title right before the speaker's name: an official, not an analyst. */
const OFFICIAL_TITLE_RE =
  /\b(?:minister|spokes(?:man|woman|person)|envoy|ambassador|aide|advis[eo]r|president|premier|chancellor|secretary|negotiator|commissioner)\b/iu;
function officialSpeaker(text: string, quote: QuoteIn | null): boolean {
  const sp = quote?.speakerSpan;
  return !!sp && OFFICIAL_TITLE_RE.test(text.slice(Math.max(0, sp.start - 30), sp.end));
}

function whichCue(x: RegExpExecArray): StanceCue | null {
  const g = x.groups;
  if (!g) return null;
  for (let i = 0; i < STANCE_CUES.length; i++) if (g[`s${i}`] !== undefined) return STANCE_CUES[i] ?? null;
  return null;
}

/** A predicate word used as a noun: after a determiner, adjective, preposition or possessive ("the support", "its demands"). */
function isNominal(seg: Segmented, tok: { start: number; pos: string }): boolean {
  if (tok.pos !== 'NOUN' && tok.pos !== 'ADJ' && tok.pos !== 'PROPN') return false;
  const i = lowerBound(seg.tokens, tok.start);
  const prev = seg.tokens[i - 1];
  const next = seg.tokens[i + 1];
  if (next && (next.lower === 'for' || next.lower === 'of')) return true; // "support for", "backing of"
  if (!prev) return true;
  // "Stubb and Tusk both want …": a floating quantifier precedes a verb.
  if (prev.lower === 'both' || prev.lower === 'all' || prev.lower === 'each') return false;
  return (
    prev.pos === 'DET' ||
    prev.pos === 'ADJ' ||
    prev.pos === 'ADP' ||
    prev.pos === 'PRON' ||
    prev.pos === 'NUM' ||
    prev.lower === "'s" ||
    prev.lower === '’s' ||
    prev.lower === 'of'
  );
}

/** Where the object of a predicate stops: conditions, time clauses and participial add-ons are not its object. */
const OBJECT_STOP_RE =
  /\b(?:after|before|until|once|following|unless|if|without|within|provided|on\s+condition|(?:for\s+)?(?:as|so)\s+long\s+as|in\s+exchange\s+for|in\s+return\s+for|as\s+part\s+of|as\s+a\s+condition|and\s+(?:is|are|was|were|has|have|had|will|would)\b)\b|,\s+(?!including\b)\p{L}+ing\b|,\s+(?:a|an|the)\s+(?:condition|demand|position|stance|move)\b|,?\s+and\s+(?:that|said|says|added|warned|stressed|insisted|told|urged|noted)\b|,?\s+and\s+(?:a|an|the)\s+(?:provision|clause|commitment|pledge|promise|section|point)\b|,\s+(?:and|but)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:is|are|was|were|has|have|had|will|would|remains?|remained)\b/iu;

/** A party signalling rather than stating: "hinted that", "signalled that", "indicated that". */
const HINT_RE =
  /\b(?:hint(?:s|ed)?|signall?(?:s|ed)?|indicat(?:es|ed)|suggest(?:s|ed))\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:might|may|could)\s+(?:\w+\s+)?$/iu;

/** ", a position shared by …": the named parties hold the stance of the clause before. */
const SHARED_RE =
  /,\s+(?:a|an|the)\s+(?:position|view|stance|demand|line|call)\s+(?:(?:also|long|now)\s+)?(?:shared|backed|echoed|supported|endorsed)\s+by\s+/iu;

/** An object that points back to the previous sentence's idea ("welcomed the idea"). */
const ANAPHOR_OBJ_RE =
  /^\s*(?:to\s+)?(?:(?:the|this|that|such\s+an?)\s+(?:idea|suggestion|notion|scheme|arrangement|section|clause|approach)\b(?!\s+(?:of|that|to|for)\b)|(?:such|these|those)\s+(?:proposals|ideas|suggestions|plans|conditions|demands|steps|moves|arrangements|deployments|terms|guarantees)\b(?!\s+(?:of|that|to|for)\b)|(?:their|its)\s+(?:release|return|exchange|deployment|removal|lifting)\b)/iu;

/** The verb of a that-clause: where its subject ends. */
const THAT_VERB_RE = /\b(?:would|will|could|might|may|can|is|are|was|were|risks?|threatens?|only)\b/iu;

/** Verbs of judging ("regards the plan as a basis", "called the draft a basis"): their object follows them. */
const JUDGING_RE = /^(?:regard|consider|see|saw|call|describ)/iu;

/** A participle right after an object that undoes it: "wants sanctions lifted", "the measures eased". */
const UNDONE_AFTER_RE = /^\s+(?:\p{L}+ly\s+)?(?:lifted|eased|removed|scrapped|relaxed)\b/iu;

/** A noun predicate voiced by its holder: "signalled its readiness to", "expressed their opposition to". */
const VOICED_NOUN_RE =
  /\b(?:signal\w*|express\w*|voic\w*|reiterat\w*|pledg\w*|declar\w*|offer\w*|renew\w*)\s+(?:its|his|her|their)?\s*(?:\w+\s+)?$/iu;
/** What may precede a noun predicate: a possessive, or a verb of voicing. */
const NOUN_LEAD_RE = new RegExp(`(?:['’]s\\s+(?:\\w+\\s+)?|${VOICED_NOUN_RE.source.slice(0, -1)})$`, 'iu');

/** "trade X for", "in exchange for": what follows is the price received. */
const TRADED_FOR_RE =
  /\b(?:trade|trades|traded|trading|swap|swaps|swapped|sacrifice|sacrificing|barter)\b[^.;]{0,40}\bfor\s+(?:a\s+|an\s+|the\s+)?(?:\p{L}+\s+)?$/iu;

/** The idiom "(on) land, at sea (and in the air)", "(by) land or sea", read from the word "land". */
const LAND_SEA_RE = /^land\b,?\s+(?:(?:and|or)\s+)?(?:at|by|on)?\s*sea\b/iu;

/** An obligation whose verb undoes its subject: "sanctions should be eased", "must be lifted". */
const OBLIGED_UNDO_RE = /\b(?:lift|lifted|ease|eased)$/iu;

const CAUSATIVE_LEAD_RE =
  /\b(?:(?:would|will|could)\s+have|make|makes|made|making|let|lets|letting|having)\s+(?:the\s+)?$/iu;

const CAUSED_RE =
  /\b(?:allow|let|give|gave|force|require|pressure|press|push|urge|ask|expect|persuade|convince|oblige|compel|encourage|invite|want)(?:s|ed|d|ing)?\s+(?:\S+\s+){1,5}to\s+$/iu;

/** "He warned that … if Kyiv turned it down, and said …": a reporting verb coordinated by "and"
 * has no subject of its own; it shares the first reporting verb's in the sentence. */
function reporterAt(text: string, sentStart: number, repStart: number): number {
  if (
    !/(?:^|[\s,])and\s+(?:also\s+|then\s+)?$/iu.test(text.slice(Math.max(sentStart, repStart - 12), repStart))
  )
    return repStart;
  const first = new RegExp(REPORTING_RE.source, REPORTING_RE.flags).exec(text.slice(sentStart, repStart));
  return first ? sentStart + first.index : repStart;
}

/** The end of the last ", and that" / "and that" opening a new reported clause between two offsets (or -1). */
function lastThatEnd(text: string, from: number, to: number): number {
  const m = lastMatch(/(?:,\s*|\s)and\s+that\s+/giu, text, from, to);
  return m ? m.end : -1;
}

/**
 * "'If Kyiv does not want to discuss it,' he went on, 'then … our position.'": a direct quote with
 * no speaker of its own continues the speaker of the direct quote before it in the same paragraph.
 */
function continuedQuote(text: string, quotes: readonly QuoteIn[], quote: QuoteIn | null): QuoteIn | null {
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
function proposalSubject(ctx: StanceContext, si: number): boolean {
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
function heldBy(out: readonly StanceClaim[]): (sentStart: number) => string | null {
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
function carriedQuote(
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

function lastMatch(
  re: RegExp,
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  const r = new RegExp(re.source, re.flags);
  const region = text.slice(from, to);
  let best: { start: number; end: number } | null = null;
  for (let x = r.exec(region); x !== null; x = r.exec(region))
    best = { start: from + x.index, end: from + x.index + x[0].length };
  return best;
}

function dateFor(
  ctx: StanceContext,
  quote: QuoteIn | null,
  sentStart: number,
  sentEnd: number,
): DateValue | null {
  if (quote?.date) return quote.date;
  const t = within(ctx.times, sentStart, sentEnd).find(
    (t) => t.type === 'DATE' && t.value !== null && typeof t.value === 'string',
  );
  return t?.value ?? ctx.published;
}

/** "European governments took the same line.", "Britain struck a similar position": no cue of its own. */
const SAME_LINE_RE =
  /\b(?:took|take|takes|taken|struck|strikes|adopted|adopts|held|holds)\s+(?:the\s+same|a\s+similar|an\s+identical)\s+(?:line|view|position|stance|approach)\b/giu;

/**
 * A party that "took the same line" as the sentence before holds that sentence's stances: the
 * claims whose evidence is the previous sentence are copied to it (the party must be the
 * predicate's subject, at most two words before it, and must not already hold them).
 */
function sameLineClaims(ctx: StanceContext, out: readonly StanceClaim[]): StanceClaim[] {
  const { text, seg } = ctx;
  const added: StanceClaim[] = [];
  const re = new RegExp(SAME_LINE_RE.source, SAME_LINE_RE.flags);
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const si = sentenceIndexOf(seg, x.index);
    const sent = seg.sentences[si];
    const prev = seg.sentences[si - 1];
    if (!sent || !prev) continue;
    const holder = within(ctx.actors, sent.start, x.index)
      .filter(
        (a) =>
          /^[\s\p{L}'’-]*$/u.test(text.slice(a.end, x.index)) &&
          text.slice(a.end, x.index).trim().split(/\s+/u).length <= 3,
      )
      .pop();
    if (!holder || !ctx.isParty(holder.actor)) continue;
    for (const c of out) {
      if (c.evidence.start !== prev.start || c.actor === holder.actor) continue;
      if (added.some((d) => d.issue === c.issue && d.stance === c.stance && d.proposal === c.proposal))
        continue;
      added.push({
        ...c,
        actor: holder.actor,
        evidence: span(text, sent.start, sent.end),
        rule: 'stance:same-line',
      });
    }
  }
  return added;
}

export function extractStances(ctxIn: StanceContext): StanceClaim[] {
  // Interview answers are the guest's, whatever the prompt before them names (holders.ts).
  const ctx: StanceContext = { ...ctxIn, quotes: interviewQuotes(ctxIn) };
  const { text, seg } = ctx;
  const out: StanceClaim[] = [];
  const seen = new Set<string>();
  const lastSubject = new Map<number, string[]>();
  const re = new RegExp(STANCE_RE.source, STANCE_RE.flags);
  const preds: { start: number; end: number; word: string; cue: StanceCue }[] = [];
  for (let x = re.exec(text); x !== null; x = re.exec(text)) {
    const cue = whichCue(x);
    // A noun cue without a possessor or a verb of voicing before it ("demanded a cap on the army")
    // is part of another predicate's object, not a predicate that would end it.
    if (cue?.noun && !NOUN_LEAD_RE.test(text.slice(Math.max(0, x.index - 40), x.index))) continue;
    if (cue) preds.push({ start: x.index, end: x.index + x[0].length, word: x[0], cue });
  }
  const reporterCoordinated = (pi: number): string[] | null => {
    const p = preds[pi] as (typeof preds)[number];
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
  };
  for (let pi = 0; pi < preds.length; pi++) {
    const pred = preds[pi] as (typeof preds)[number];
    const cue = pred.cue;
    const vStart = pred.start;
    const vEnd = pred.end;
    const si = sentenceIndexOf(seg, vStart);
    const sent = seg.sentences[si];
    if (!sent || vStart >= sent.end) continue;
    // "Under the plan, Kyiv would accept a cap …": the plan's content, not Kyiv's stance.
    if (ctx.described?.has(si)) continue;
    if (cue.appositive && !/,\s*$/u.test(text.slice(Math.max(sent.start, vStart - 3), vStart))) continue;
    const stext = text.slice(sent.start, sent.end);
    if (/\?\s*["”’']?\s*$/.test(stext)) continue; // a question asks, it does not report a stance
    // Verbs must be verbs ("support for the plan" is a noun unless a possessive actor holds it).
    const firstWord = /^[\p{L}]+/u.exec(pred.word)?.[0]?.toLowerCase() ?? '';
    const tok = tokenAt(seg, vStart);
    const lead = text.slice(Math.max(sent.start, vStart - 40), vStart);
    // "Moscow's demand for …" holds a stance; "last week's demand that …" does not: the possessor must be an actor.
    const poss = /['’]s\s+(?:\w+\s+)?$/u.exec(lead);
    const possAt = poss ? vStart - lead.length + poss.index : -1;
    const possessor = poss !== null ? ctx.actors.find((a) => a.end === possAt) : undefined;
    const possessive = possessor !== undefined;
    if (cue.noun) {
      if (!possessive && !VOICED_NOUN_RE.test(lead)) continue;
    } else if (
      tok &&
      isNominal(seg, tok) &&
      !/^(?:has|have|had|is|are|was|were|would|could|will|must|should|declined|refused)$/.test(firstWord)
    ) {
      if (!(cue.stance === 'demands' && possessive)) continue;
    }
    const cStart = clauseStart(text, sent.start, vStart);
    let cEnd = Math.min(clauseEnd(text, vEnd, sent.end), vEnd + 220);
    const stop = OBJECT_STOP_RE.exec(text.slice(vEnd, cEnd));
    // Where the object's words begin: after the cue, or inside it for a conditional ("could back the scheme only if").
    let objTextFrom = vEnd;
    if (cue.stance === 'conditional') {
      // A conditional cue carries its object inside the match ("would accept X … if"): X stops at
      // the first time or condition phrase after the verb ("a vote within months of a ceasefire, provided …").
      cEnd = vEnd;
      const verb = /^(?:would|could|will)\s+(?:only\s+)?\p{L}+(?:\s+to)?\s+/iu.exec(pred.word);
      if (verb) {
        objTextFrom = vStart + verb[0].length;
        const inner = OBJECT_STOP_RE.exec(text.slice(vStart + verb[0].length, vEnd));
        if (inner) cEnd = vStart + verb[0].length + inner.index;
      }
    } else if (
      stop &&
      !(/^,?\s+and\s+that\b/iu.test(stop[0]) && /^\s+that\b/iu.test(text.slice(vEnd, vEnd + 6)))
    )
      // "demanded that X, and that Y" keeps Y in the demand; after a noun object, ", and that …"
      // belongs to the reporting verb ("said Warsaw would not support any plan …, and that …").
      cEnd = vEnd + stop.index;
    // "…, and Britain's Starmer said …": a coordinated clause with its own subject ends the object.
    for (const a of within(ctx.actors, vEnd, cEnd)) {
      const lead = /,\s+(?:and|but)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’]*\s+){0,3}$/u.exec(
        text.slice(vEnd, a.start),
      );
      if (lead) {
        cEnd = vEnd + lead.index;
        break;
      }
    }
    const before = text.slice(cStart, vStart);
    // Hypotheticals: "if Russia demanded …", "whether Kyiv will accept …".
    // "Asked whether Kyiv would hold elections, Sybiha said …": a reporting verb after the
    // question closes it; only what follows the last one counts.
    const lastRep = lastMatch(REPORTING_RE, before, 0, before.length);
    if (HYPOTHETICAL_RE.test(lastRep ? before.slice(lastRep.end) : before)) continue;
    // "officials seeking …", "recognizing Russia's claims would …": a participle or gerund modifies a noun, no party's predicate.
    // "was alone in praising the plan", "responded by rejecting it": a gerund after "in"/"by" is the
    // clause subject's own act.
    if (
      /ing$/i.test(firstWord) &&
      !/\b(?:is|are|was|were|been|be|am|['’]s|['’]re|keeps?|kept|continues?|continued)\s+(?:(?:\p{L}+ly|still|also|now|again|not|already)\s+){0,2}$/iu.test(
        before,
      ) &&
      !/\b(?:in|by)\s+$/iu.test(before) &&
      // "European leaders … have stayed the course, pushing back against the plan": a participle
      // after a finished clause shares its subject.
      !(/,\s*$/u.test(before) && /\b(?:has|have|had|is|are|was|were)\s+\p{L}+/iu.test(before))
    )
      continue;
    // Passives ("it has been accepted that …") say nothing of who holds the stance.
    if (
      /ed$/i.test(firstWord) &&
      /\b(?:been|being|be|is|are|was|were)\s+(?:\p{L}+ly\s+)?$/iu.test(before) &&
      !/^(?:pressed|pushed)$/i.test(firstWord)
    )
      continue;
    // "allows Ukraine to seek", "pressed Kyiv to accept": someone else's wish for the party, not its stance.
    if (CAUSED_RE.test(text.slice(Math.max(sent.start, vStart - 60), vStart))) continue;
    // "the proposal would have Washington recognize …", "made Kyiv accept": a party made to act
    // by someone (or something) else is not stating its own stance.
    if (
      ctx.actors.some(
        (a) =>
          a.end <= vStart &&
          a.end >= vStart - 12 &&
          /^\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(a.end, vStart)) &&
          CAUSATIVE_LEAD_RE.test(text.slice(Math.max(sent.start, a.start - 25), a.start)),
      )
    )
      continue;
    // "Peskov hinted that Moscow might accept a truce": a party's own hint of possible acceptance
    // is a qualified acceptance (conditional); other speculation ("analysts say Kyiv may accept") is dropped.
    const hinted = SPECULATIVE_RE.test(before) && cue.acceptance === true && HINT_RE.test(before);
    if (SPECULATIVE_RE.test(before) && !hinted) continue;
    // "any text that recognised …": a relative pronoun right before the verb is its subject; when
    // its antecedent is a thing, not an actor, no party holds the predicate.
    const relSubj = /(\S+)\s+(?:that|which)\s+(?:\p{L}+ly\s+)?$/iu.exec(
      text.slice(Math.max(sent.start, vStart - 50), vStart),
    );
    if (relSubj && !cue.reported && !cue.copular) {
      const anteEnd = vStart - relSubj[0].length + (relSubj[1] as string).length;
      const isActor = ctx.actors.some((a) => a.end === anteEnd || a.end === anteEnd - 1);
      const anteTok = tokenAt(seg, anteEnd - (relSubj[1] as string).length);
      if (!isActor && anteTok && (anteTok.pos === 'NOUN' || anteTok.pos === 'PRON')) continue;
    }
    const quote = carriedQuote(ctx, si, continuedQuote(text, ctx.quotes, quoteAt(ctx.quotes, vStart)), out);
    // "X stressed that Ukraine's army should not face limits": the holder is the reporter X.
    let subjAt = vStart;
    let objStart = vStart;
    let quoteHeld = false;
    if (cue.reported) {
      const rep = lastMatch(REPORTING_RE, text, sent.start, vStart);
      if (rep) {
        subjAt = reporterAt(text, sent.start, rep.start);
        // "said Europe wanted a ceasefire …, and that pressure should be placed on Moscow": the
        // obligation's object is its own that-clause, not the whole report.
        objStart = Math.max(rep.end, lastThatEnd(text, rep.end, vStart));
      } else if (!quoteHolder(quote)) continue;
      else {
        // '"Russia must withdraw," Zelensky said': inside a quote the obligation is the speaker's.
        objStart = Math.max((quote as QuoteIn).start, cStart);
        quoteHeld = true;
      }
      if (cue.objectAfter) objStart = vEnd;
    }
    // "a cap is a non-starter (for Berlin)": the object is the copula's subject, the holder the
    // reporter, a quote's speaker, or the party named after "for".
    let copularFor: string | null = null;
    if (cue.copular) {
      const rep = lastMatch(REPORTING_RE, text, sent.start, vStart);
      if (rep) {
        subjAt = rep.start;
        objStart = rep.end;
      } else {
        objStart = cStart;
        const forM = /^\s+(?:to|for)\s+/iu.exec(text.slice(vEnd, vEnd + 10));
        const forActor = forM
          ? ctx.actors.find((a) => a.start >= vEnd && a.start <= vEnd + forM[0].length + 4)
          : undefined;
        if (forActor) copularFor = forActor.actor;
        // "The Kremlin considers the document a good foundation": a verb of judging has its own subject.
        else if (!quoteHolder(quote) && !JUDGING_RE.test(firstWord)) continue;
      }
    }
    // "Trump has given Zelensky until Thanksgiving to accept it": a deadline set for someone says
    // what another party wants of them, not their own stance.
    if (DEADLINE_INFINITIVE_RE.test(text.slice(sent.start, vStart))) continue;
    // A quote from someone who is not a party (an analyst, a reporter) is not a party's stance.
    // An official the pack does not know ("Deputy Foreign Minister Sergei Ryabkov said Russia would
    // …") still speaks for the party he names; only the parties named in his words can hold it.
    const qh = quoteHolder(quote);
    if (qh && !ctx.isParty(qh) && !officialSpeaker(text, quote)) continue;
    // "Russia demands … and insists on …": a coordinated predicate shares the subject of the one before.
    const prev = preds[pi - 1];
    const coordinated =
      !cue.reported &&
      prev !== undefined &&
      prev.start >= sent.start &&
      /(?:^|[\s,])(?:and|but|or)\s+(?:(?:has|have|had|is|are|was|were|will|would|also|still|then|now|not|yet|already)\s+){0,3}$/iu.test(
        text.slice(Math.max(sent.start, vStart - 40), vStart),
      ) &&
      lastSubject.has(prev.start);
    let subjects: string[];
    let via: string;
    const who =
      !coordinated && !cue.reported
        ? WHO_RE.exec(text.slice(Math.max(sent.start, vStart - 60), vStart))
        : null;
    const whoAt = who ? Math.max(sent.start, vStart - 60) + who.index : -1;
    const antecedent =
      whoAt >= 0 ? ctx.actors.filter((a) => a.end <= whoAt && whoAt - a.end <= 2).pop() : undefined;
    if (copularFor) {
      subjects = [copularFor];
      via = 'mention';
    } else if (quoteHeld) {
      subjects = [quoteHolder(quote) as string];
      via = 'speaker';
    } else if (cue.noun && possessor) {
      // "over Moscow's limit on the army": a noun predicate is its possessor's.
      subjects = [possessor.actor];
      via = 'mention';
    } else if (antecedent) {
      subjects = [antecedent.actor];
      via = 'mention';
    } else if (coordinated) {
      subjects = lastSubject.get((prev as { start: number }).start) as string[];
      via = 'coordinated';
    } else if (reporterCoordinated(pi)) {
      // "Sybiha said Putin was wasting time, and urged Washington to …": after a report with no
      // predicate of its own, ", and urged" shares the reporter's subject.
      subjects = reporterCoordinated(pi) as string[];
      via = 'reporter';
    } else {
      let subject = findSubject(
        text,
        subjAt,
        subjAt === vStart ? cStart : clauseStart(text, sent.start, subjAt),
        ctx.actors,
        quote,
        ctx.mentions,
        sent.start,
      );
      // "Putin said …, while warning that …", "…, adding that …": a participle reporting verb has
      // no subject of its own; it shares the sentence's.
      // "Zelensky thanked the leaders but said …": a reporting verb coordinated with an earlier
      // predicate shares its subject too.
      if (
        (!subject && subjAt !== vStart && /^\p{L}+ing\b/iu.test(text.slice(subjAt, subjAt + 12))) ||
        (!subject &&
          subjAt !== vStart &&
          /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/iu.test(
            text.slice(Math.max(sent.start, subjAt - 20), subjAt),
          ))
      )
        subject = findSubject(text, subjAt, sent.start, ctx.actors, quote, ctx.mentions, sent.start);
      // "The bloc opposed …" after a sentence about the EU: a description carries the holder before it.
      if (!subject && !quote) {
        const slotFrom = subjAt === vStart ? cStart : clauseStart(text, sent.start, subjAt);
        const kind = describedKind(text.slice(slotFrom, subjAt));
        const carried = kind ? carriedHolder(ctx, si, kind, heldBy(out)) : null;
        if (carried) subject = { actors: [carried], via: 'mention' };
      }
      // "A ministry spokeswoman said any troops would be unacceptable": the reporting verb of the
      // quote is its speaker's, named or carried.
      const qCue = (quote as { cue?: { start: number } } | null)?.cue;
      if (!subject && quote && qCue && qCue.start === subjAt && quoteHolder(quote))
        subject = { actors: [quoteHolder(quote) as string], via: 'speaker' };
      if (!subject) continue;
      subjects = subject.actors;
      via = subject.via;
    }
    // "Ukraine remained ready for a ceasefire, a position shared by Britain and France": the
    // parties named as sharing the position hold it too.
    const shared = SHARED_RE.exec(text.slice(vEnd, sent.end));
    if (shared) {
      const from = vEnd + shared.index + shared[0].length;
      let at = from;
      for (const a of within(ctx.actors, from, Math.min(sent.end, from + 120))) {
        if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)?(?:the\s+)?$/iu.test(text.slice(at, a.start))) break;
        if (!subjects.includes(a.actor)) subjects = [...subjects, a.actor];
        at = a.end;
      }
    }
    subjects = subjects.filter(ctx.isParty);
    // "(Rubio presented a US proposal.) It offered …, ruled out NATO membership": a sentence whose
    // subject is a proposal describes its content; a pronoun or shared subject inside it is not
    // the author holding a stance.
    if ((via === 'pronoun' || via === 'coordinated') && proposalSubject(ctx, si)) subjects = [];
    // "(an ex-ambassador said) Washington should oppose any deal …": advice about what a party
    // should do is the adviser's view, unless the party says it of itself.
    if (
      !cue.reported &&
      /\b(?:should|ought\s+to)\s+(?:\p{L}+ly\s+|also\s+|still\s+)?$/iu.test(
        text.slice(Math.max(sent.start, vStart - 20), vStart),
      ) &&
      !(quote && subjects.includes(quoteHolder(quote) ?? ''))
    )
      subjects = [];
    lastSubject.set(vStart, subjects);
    if (subjects.length === 0 || cue.silent) continue;
    // Negation between subject and verb (or just before the verb).
    const negWindow = text.slice(Math.max(cStart, vStart - 30), vStart);
    let stance: Stance | null = cue.stance;
    if (!cue.selfNegated) {
      // "is in no hurry to agree to a truce", "has no intention of accepting": a refusal in all but name.
      if (/\bno\s+(?:hurry|rush|intention|plans?|desire)\s+(?:to|of)\s+$/iu.test(negWindow))
        stance = cue.negFuture;
      else if (NEG_FUTURE_RE.test(negWindow)) stance = cue.negFuture;
      else if (NEG_NEAR_RE.test(negWindow)) stance = cue.negOther;
    }
    if (stance === null) continue;
    if (hinted && stance === 'supports') stance = 'conditional';
    // "will block the arrangement unless others share the risk": a refusal with a way out is a condition.
    if (
      (stance === 'rejects' || stance === 'opposes') &&
      /^[^.;:"“”]{0,120}?,?\s\bunless\b/iu.test(text.slice(vEnd, sent.end))
    )
      stance = 'conditional';
    // A bare "would" with nobody reporting it describes a scenario ("Washington would recognise
    // Crimea"), not a position; conditions, reported speech and quotes keep it.
    if (
      !cue.reported &&
      cue.stance !== 'conditional' &&
      /\bwould\s+(?:also\s+|then\s+|in\s+turn\s+)?$/iu.test(negWindow) &&
      !quote &&
      !lastMatch(REPORTING_RE, text, sent.start, vStart) &&
      !CONDITION_RE.test(text.slice(vEnd, sent.end))
    )
      continue;
    if (
      cue.acceptance &&
      stance === 'supports' &&
      (/\b(?:would|could)[\s,]+(?:\w+[\s,]+){0,2}$/i.test(negWindow) ||
        /\b(?:ready|willing|prepared)\b|^(?:would|could)\b/i.test(pred.word)) &&
      CONDITION_RE.test(text.slice(vEnd, sent.end))
    )
      stance = 'conditional';
    // "said the army should not face restrictions", "Kyiv must not cede land": an obligation with its
    // own negation requires the thing not to happen, a stance against it; so does one that undoes
    // its subject ("sanctions must be lifted"), and both together cancel ("must not be lifted").
    if (
      cue.reported &&
      stance === 'demands' &&
      /^\S+\s+(?:not|never)\b/iu.test(pred.word) !== OBLIGED_UNDO_RE.test(pred.word)
    )
      stance = 'rejects';
    // "any territorial option would have to be approved in a referendum": a requirement of approval
    // makes the object conditional on it, not demanded.
    if (cue.reported && stance === 'demands' && /\bbe\s+(?:approved|ratified|endorsed)$/iu.test(pred.word))
      stance = 'conditional';
    // "argued that no limit should be written into any deal": a reported requirement whose subject
    // is negated ("no limit", "no cap") is a stance against it.
    if (
      cue.reported &&
      stance === 'demands' &&
      objStart < vStart &&
      /^\s*(?:no|none\s+of\s+the)\s+[^,;]{1,60}$/iu.test(text.slice(objStart, vStart))
    )
      stance = 'opposes';
    // "refused to sign off on the scheme without firmer protection": a negated acceptance that
    // names what would lift it is a condition, not a flat no. ("opposed to the loan without
    // guarantees" stays opposition: there "without" narrows the object.)
    if (
      cue.stance === 'supports' &&
      (stance === 'rejects' || stance === 'opposes') &&
      /^[^.;:]{0,80}?\bwithout\s+(?:first\s+)?(?:firmer|further|stronger|more|new|additional|clearer|binding|legal|proper|adequate|solid|sufficient|some|an?\s+)/iu.test(
        text.slice(vEnd, sent.end),
      )
    )
      stance = 'conditional';
    // Object: issue cues and proposals after the predicate, in the same clause, up to the next predicate.
    // Skips the next predicates whose lead-in (the `back` characters before them, never before
    // `floor`) matches `re`: they belong to this predicate's object.
    let npi = pi + 1;
    const skipWhile = (re: RegExp, back: number, floor: number) => {
      for (
        let p = preds[npi];
        p && p.start < cEnd && re.test(text.slice(Math.max(floor, p.start - back), p.start));
        p = preds[npi]
      )
        npi++;
    };
    // "wanted both sides to agree to a halt …": an infinitive the predicate causes is its object.
    skipWhile(CAUSED_RE, 60, vStart);
    // "against any deal that forced Ukraine to surrender territory": a restrictive relative clause
    // on the object noun says which object is meant; its predicate does not end the object.
    skipWhile(REL_OBJECT_RE, 40, vEnd);
    // "demanded that Kyiv withdraw …, and that any agreement rule out …": a predicate that is the
    // verb of a that-clause after a demand is the demand's content, not the end of its object.
    if (cue.stance === 'demands' && /^\s+that\b/iu.test(text.slice(vEnd, vEnd + 6)))
      skipWhile(THAT_SUBJECT_RE, 50, vEnd);
    // A threat's condition ("… only once Ukraine pulls out", "… if Ukraine refused to withdraw") has
    // its own predicates; they are part of the object.
    const np = cue.objectAfter ? undefined : preds[npi];
    let objEnd = np && np.start < cEnd ? Math.max(vEnd, np.start) : cEnd;
    if (cue.thatSubject) {
      // Only the subject of the that-clause is warned about, not what it would lead to; predicates
      // inside that subject ("any deal forcing Ukraine to cede land") belong to it.
      objEnd = cEnd;
      const verb = THAT_VERB_RE.exec(text.slice(vEnd, objEnd));
      objEnd = verb ? vEnd + verb.index : vEnd;
    }
    // "a halt to fighting on land, at sea and in the air": "land" there is a place, not territory.
    // "would not trade its sovereignty for a pause in the fighting": what would be got in return is
    // not what is refused.
    let objHits = within(ctx.issues, objStart, objEnd).filter(
      (h) =>
        !(
          /\b(?:on|by)\s+$/iu.test(text.slice(Math.max(0, h.start - 4), h.start)) &&
          LAND_SEA_RE.test(text.slice(h.start, h.end + 24))
        ) && !TRADED_FOR_RE.test(text.slice(Math.max(vStart, h.start - 60), h.start)),
    );
    // "… disarmament, which Israel demands": in a relative clause the object is the antecedent.
    if (objHits.length === 0 && !coordinated) {
      const rel =
        /,?\s*\b(?:which|that)\s+(?:[\p{L}'’.-]+\s+){1,4}(?:(?:has|have|had|is|are|was|were|also|still|now)\s+)*$/iu.exec(
          text.slice(Math.max(sent.start, vStart - 80), vStart),
        );
      if (rel) {
        const relAt = Math.max(sent.start, vStart - 80) + rel.index;
        objHits = within(ctx.issues, Math.max(sent.start, relAt - 40), relAt).filter(
          (h) => relAt - h.end <= 3,
        );
      }
      // "… an exchange of all prisoners, a point both Kyiv and Moscow have accepted": an appositive
      // noun that sums up the clause before it; that clause's issues are the object.
      const appos =
        objHits.length > 0 ? null : APPOSITIVE_RE.exec(text.slice(Math.max(sent.start, vStart - 90), vStart));
      if (appos) {
        const commaAt = Math.max(sent.start, vStart - 90) + appos.index;
        objHits = within(ctx.issues, Math.max(sent.start, commaAt - 150), commaAt);
      }
    }
    // "a ceasefire along the current front line": a place phrase after the head issue locates it;
    // the issue it names (a front line) is not a second object.
    // (A cue nested in the one before, "NATO" in "soldiers from NATO countries", does not end it.)
    if (objHits.length > 1) {
      const hits = objHits;
      let reach = -1;
      const ends = hits.map((h) => {
        const before = reach;
        reach = Math.max(reach, h.end);
        return before;
      });
      objHits = hits.filter(
        (h, i) =>
          i === 0 || !LOCATIVE_LEAD_RE.test(text.slice(Math.max(ends[i] as number, h.start - 40), h.start)),
      );
    }
    // "recognition of Russian rule over occupied land": a cue in the of-complement of another
    // issue's head noun (or inside its span) qualifies that head; it is not a second object.
    if (objHits.length > 1)
      objHits = objHits.filter(
        (h, i) =>
          !objHits.some(
            (g, j) =>
              j < i &&
              g.issue !== h.issue &&
              (h.start < g.end || COMPLEMENT_GAP_RE.test(text.slice(g.end, h.start))),
          ),
      );
    // "guarantees modelled on NATO's collective defence clause": a cue inside a comparison modifies
    // the head issue, it is not a second object. (After the complement filter: "modelled on Article 5
    // of the NATO treaty" drops NATO as Article 5's complement, then Article 5 as the comparison.)
    objHits = objHits.filter(
      (h) => !MODIFIER_LEAD_RE.test(text.slice(Math.max(objStart, h.start - 30), h.start)),
    );
    // "wants a lasting agreement rather than a ceasefire": the contrasted object is refused.
    // "demanded the lifting of Western sanctions", "sanctions relief": wanting an issue undone is
    // a stance against it (read toward the issue as labelled, like the pack's `against` phrases).
    const contrasted = new Set(
      objHits
        .filter(
          (h) =>
            CONTRAST_LEAD_RE.test(text.slice(Math.max(objStart, h.start - 40), h.start)) ||
            (!h.against &&
              h.start > vEnd &&
              BAR_LEAD_RE.test(text.slice(Math.max(vEnd, h.start - 40), h.start))) ||
            (!h.against &&
              (UNDO_LEAD_RE.test(
                text.slice(Math.max(h.start > vEnd ? vEnd : objStart, h.start - 40), h.start),
              ) ||
                ((h.start >= vEnd || h.end <= vStart) && UNDO_IN_RE.test(text.slice(h.start, h.end))) ||
                // "they want sanctions lifted": the undoing participle after the object
                (h.start >= vEnd && UNDONE_AFTER_RE.test(text.slice(h.end, h.end + 24))))),
        )
        .map((h) => h.issue),
    );
    // "Kyiv welcomed the idea.": an anaphoric object stands for what the sentence before proposed.
    // A heading ("Russia Remains Skeptical") names the section's topic, not the topic before it.
    const bareAdj =
      cue.bare === true &&
      /[.!?"”’)]\s*$/u.test(stext) &&
      /^\s*(?:$|[,.;:—–-]|but\b|and\b)/iu.test(text.slice(vEnd, objEnd));
    // "NATO membership is the best guarantee, and we have not given up on it": a bare "it" whose
    // sentence named an issue before it, and no proposal, points back to that issue.
    const objWords = text.slice(Math.min(objTextFrom, objEnd), objEnd);
    const itBack =
      /^\s*(?:on\s+|to\s+)?it\b/iu.test(objWords) &&
      within(ctx.issues, sent.start, vStart).some((h) => !h.against) &&
      within(ctx.mentions, sent.start, vStart).length === 0;
    // "(… the first accession talks to open.) Hungary is blocking that": a bare demonstrative points
    // to the sentence right before when that sentence names one issue and no proposal.
    const prevSent = seg.sentences[si - 1];
    // (Only with a named subject: in '"Some partners did not support that," Zelensky said' the
    // speaker is not the one refusing.)
    const thatBack =
      via === 'mention' &&
      /^\s*(?:to\s+)?(?:that|this)\s*(?:[.,;:!?"”]|$)/iu.test(objWords) &&
      prevSent !== undefined &&
      within(ctx.mentions, prevSent.start, vStart).length === 0 &&
      new Set(within(ctx.issues, prevSent.start, prevSent.end).map((h) => h.issue)).size === 1;
    if (objHits.length === 0 && (bareAdj || itBack || thatBack || ANAPHOR_OBJ_RE.test(objWords))) {
      // "Meloni, who proposed a guarantee modelled on Article 5, said Rome favoured that approach":
      // an antecedent earlier in the same sentence comes first; its head (first) issue is meant.
      const sameHits = within(ctx.issues, sent.start, vStart).filter((h) => !h.against);
      const head = sameHits[0];
      if (head) objHits = sameHits.filter((h) => h.issue === head.issue);
      else {
        // The nearest of the few sentences before that names any issue ("… the assets. Belgium was
        // the obstacle. He could back the scheme only if …"); it must name one issue only.
        // A possessive ("their release") refers only to the sentence right before.
        const reach = thatBack || /^\s*(?:to\s+)?(?:their|its)\b/iu.test(objWords) ? 1 : 7;
        for (let back = si - 1; back >= Math.max(0, si - reach); back--) {
          const prevSent = seg.sentences[back];
          if (!prevSent) break;
          const prevHits = within(ctx.issues, prevSent.start, prevSent.end);
          if (prevHits.length === 0) continue;
          if (new Set(prevHits.map((h) => h.issue)).size === 1) objHits = prevHits.filter((h) => !h.against);
          break;
        }
      }
    }
    const issues = [...new Set(objHits.map((h) => h.issue))];
    const inObj = within(ctx.mentions, objStart, objEnd);
    // A possessive noun form ("Russia's demands for …") and "the plan's" both count as the object.
    // For a copula ("the original plan remained the basis") the object is the copula's subject:
    // the proposal named last before the predicate.
    let proposal =
      // "described the American text as a basis": a verb of judging names its proposal after it.
      (cue.copular && JUDGING_RE.test(firstWord) ? within(ctx.mentions, vStart, vEnd)[0] : undefined)
        ?.proposal ??
      (cue.copular ? within(ctx.mentions, objStart, vStart).pop() : undefined)?.proposal ??
      inObj[0]?.proposal ??
      null;
    // "The plan, which Russia welcomed last month, …": the antecedent of the relative clause.
    if (proposal === null && objHits.length === 0 && !coordinated && !cue.reported) {
      const rel =
        /(?:,\s*|\b)(?:which|that)\s+(?:[\p{L}'’.-]+\s+){1,4}(?:(?:has|have|had|is|are|was|were|also|still|now|initially|first|quickly)\s+)*$/iu.exec(
          text.slice(Math.max(sent.start, vStart - 80), vStart),
        );
      if (rel) {
        const relAt = Math.max(sent.start, vStart - 80) + rel.index;
        const ante = within(ctx.mentions, Math.max(sent.start, relAt - 60), relAt).pop();
        if (ante && relAt - ante.end <= 2) proposal = ante.proposal;
      }
    }
    // "has not agreed to anything", "would not sign it": the proposal under discussion.
    if (
      issues.length === 0 &&
      proposal === null &&
      VAGUE_OBJECT_RE.test(text.slice(vEnd, objEnd)) &&
      !(stance === 'demands' && INDEFINITE_DEAL_RE.test(text.slice(vEnd, objEnd)))
    )
      proposal = vagueObjectProposal(ctx, vStart, vEnd, objEnd);
    const evidence = span(text, sent.start, sent.end);
    const date = dateFor(ctx, quote, sent.start, sent.end);
    const rule = `stance:${via}:${firstWord}`;
    const targets = issues.length > 0 ? issues : proposal ? [WHOLE_PROPOSAL] : [];
    for (const actor of subjects)
      for (const issue of targets) {
        // Polarity reads toward the issue as labelled: an object naming its negation flips it.
        // An `against` phrase that starts with the predicate itself ("ruled out Ukraine joining NATO",
        // "vetoed its membership") is the predicate's own negation, already read; it flips nothing.
        const against =
          objHits.some((h) => h.issue === issue && h.against && (h.start > vStart || h.end <= vStart)) !==
          contrasted.has(issue);
        const st = against ? FLIP[stance] : stance;
        const key = `${actor}|${issue}|${st}|${sent.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          actor,
          issue,
          stance: st,
          proposal,
          date,
          evidence,
          rule: against ? `${rule}:flipped` : rule,
        });
      }
  }
  out.push(...sameLineClaims(ctx, out));
  // "had not yet seen the text but … would be unacceptable": a definite stance in the same
  // sentence on the same target outranks the holder's "not yet seen". Proposal-level claims are
  // settled, with the verdicts only proposal-stances.ts reads, by refineProposalStances.
  const settled = out.filter(
    (c) =>
      c.stance !== 'undecided' ||
      c.issue === WHOLE_PROPOSAL ||
      !out.some(
        (d) =>
          d !== c &&
          d.stance !== 'undecided' &&
          d.actor === c.actor &&
          d.issue === c.issue &&
          d.evidence.start === c.evidence.start,
      ),
  );
  return refineProposalStances(settled, extractProposalStances(ctx));
}
