import type { DateValue } from '../../core/types.ts';
import type { Segmented } from '../segment/index.ts';
import { clauseStart, findSubject, quoteAt, quoteHolder, tokenAt } from './clause.ts';
import { carriedHolder, describedKind, interviewPrompts, interviewQuotes } from './holders.ts';
import type { IssueHit } from './issues.ts';
import { HYPOTHETICAL_RE, REPORTING_RE, SPECULATIVE_RE } from './lexicon.ts';
import { extractProposalStances, refineProposalStances, vagueObjectProposal } from './proposal-stances.ts';
import { adjustStance, FLIP } from './stance-adjust.ts';
import { agentClaims } from './stance-agents.ts';
import {
  anaphoricHits,
  frontedTopicHits,
  NEGATIVE_REL_RE,
  relativeIssues,
  relativeProposal,
  vagueObject,
} from './stance-anaphora.ts';
import { colonListHolder } from './stance-colon-list.ts';
import { documentParticiple } from './stance-document.ts';
import {
  carriedQuote,
  continuedQuote,
  heldBy,
  lastThatEnd,
  officialSpeaker,
  proposalSubject,
  reporterAt,
  reporterCoordinated,
  whoAntecedent,
  withSharers,
} from './stance-holders.ts';
import { lastMatch } from './stance-match.ts';
import { contrastedIssues, dropQualifiers, objectHits } from './stance-object-filters.ts';
import { NOUN_CONTENT_RE, objectClause, objectEnd } from './stance-object-span.ts';
import { coordinatedSubjectStart, listItemStart } from './stance-object-start.ts';
import {
  CAUSATIVE_LEAD_RE,
  CAUSED_RE,
  DEADLINE_INFINITIVE_RE,
  findPredicates,
  HINT_RE,
  isNominal,
  type Predicate,
  VOICED_NOUN_RE,
  wantedState,
} from './stance-predicates.ts';
import { relativeClauseSubject } from './stance-relative-subject.ts';
import { sameLineClaims } from './stance-same-line.ts';
import { sentenceIndexOf, span, within } from './text.ts';
import type { ActorMentionIn, ProposalMention, QuoteIn, StanceClaim, TimeIn } from './types.ts';
import { WHOLE_PROPOSAL } from './types.ts';

/**
 * Stances: who wants, rejects or accepts what. A stance predicate (lexicon.ts) is found in the
 * text; its subject is the nearest actor in the clause before it (pronouns and quote speakers
 * resolved); its object is the issue cues (or a proposal) in the clause after it. Negation,
 * modality and conditions change or cancel it; hypotheticals, questions and speculation drop it.
 * This file holds the scan itself; its parts live beside it: stance-predicates.ts (finding the
 * predicates), stance-holders.ts (who holds one), stance-adjust.ts (negation and conditions),
 * stance-object-span.ts, stance-object-filters.ts and stance-anaphora.ts (what the object is),
 * stance-same-line.ts ("took the same line").
 */

export { STANCE_RE } from './stance-predicates.ts';

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
  /** The side an actor speaks for (a state or bloc id; a state is its own side). */
  readonly sideOf?: (actor: string) => string;
  readonly focusAt: (offset: number) => string | null;
  /** Sentences describing a proposal's content (framing.ts): no stances there. */
  readonly described?: ReadonlyMap<number, string>;
}

/**
 * A report after the clause it reports: ", he said", ", Lavrov told reporters". Only a name or
 * he/she: "it said" after a clause would resolve to the parties inside that clause; a name may
 * carry an appositive (", Kaja Kallas, the EU's foreign policy chief, said"), group 1. Group 2 is
 * the reporting verb. (Lazy scan up to the sentence end, run only for obligations with no reporter before.)
 */
const TRAILING_REPORT_RE =
  /^[^.;:"“”]*?,\s+(?:he|she|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*),\s+(?:the|a|an)\s+[^,.;:"“”]{2,80}?,\s+)((?:said|says|told\s+\p{L}+|added|argued|insisted|stressed|warned)\b)/u;

/** ", and he …", ", but Moscow …": a main clause with its own subject coordinated after another. */
const COORDINATED_MAIN_RE = /,\s+(?:and|but)\s+(?=(?:he|she|it|they|we|I)\s|\p{Lu})/gu;

/** What is left between a parenthetical report (", he said,") and the predicate it interrupts. */
const PARENTHETICAL_END_RE = /^(?:\s+(?:on|last|this|in)\s+[\p{L}\p{N}]+)?\s*,\s*$/u;

/** A sentence that opens with the critics of someone ("Critics of the plan's authors say …"). */
const CRITICS_OF_RE =
  /^\W*(?:(?:some|many|other)\s+)?(?:critics|opponents|detractors|sceptics|skeptics)\s+of\b/iu;

/** A negated modal inside an issue phrase ("army must not be subject to limits"). */
const NEGATED_MODAL_RE =
  /\b(?:must|should|shall|can|could|will|would|may)\s+(?:not|never)\b|\b(?:cannot|mustn['’]t|shouldn['’]t|can['’]t|won['’]t)\b/iu;

/** A price named for an acceptance: "as part of an overall settlement", "in return for", "provided …". */
const PRICED_RE =
  /^[^.;:"“”]{0,140}?\b(?:as\s+part\s+of|in\s+(?:exchange|return)\s+for|provided|on\s+condition|only\s+if)\b/iu;

/** Verbs of judging ("regards the plan as a basis", "called the draft a basis"): their object follows them. */
const JUDGING_RE = /^(?:regard|consider|see|saw|call|describ)/iu;

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

/**
 * Stance verbs that stand without an object ("Belgium has resisted.", "Kyiv refused."): at a
 * clause's end their object is the topic of the sentences before (stance-anaphora.ts). Not
 * "accept" or "reject": bare at a clause's end they have an object fronted or in a relative clause
 * ("demands that Russia could never accept", "was hard to accept").
 */
const INTRANSITIVE_STANCE_RE =
  /^(?:resist(?:s|ed)?|refus(?:e|es|ed)|object(?:s|ed)?|balk(?:s|ed)?|baulk(?:s|ed)?|demur(?:s|red)?)$/iu;

export function extractStances(ctxIn: StanceContext): StanceClaim[] {
  // Interview answers are the guest's, whatever the prompt before them names (holders.ts).
  const ctx: StanceContext = { ...ctxIn, quotes: interviewQuotes(ctxIn) };
  const { text, seg } = ctx;
  const out: StanceClaim[] = [];
  const seen = new Set<string>();
  const lastSubject = new Map<number, string[]>();
  const prompts = interviewPrompts(ctxIn);
  const preds = findPredicates(text).filter(
    (p) => !prompts.some((r) => p.start >= r.start && p.start < r.end),
  );
  for (let pi = 0; pi < preds.length; pi++) {
    const pred = preds[pi] as Predicate;
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
    const poss = /['’]s\s+(?:[\w-]+\s+)?$/u.exec(lead);
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
    const { cEnd, objTextFrom } = objectClause(text, ctx.actors, pred, sent.end);
    const before = text.slice(cStart, vStart);
    // Hypotheticals: "if Russia demanded …", "whether Kyiv will accept …".
    // "Asked whether Kyiv would hold elections, Sybiha said …": a reporting verb after the
    // question closes it; only what follows the last one counts.
    // "… by force if Kyiv did not withdraw, and he again ruled out …": a main clause coordinated
    // after the condition, with a subject of its own, is outside the condition too.
    const lastRep = lastMatch(REPORTING_RE, before, 0, before.length);
    const lastMain = lastMatch(COORDINATED_MAIN_RE, before, 0, before.length);
    if (HYPOTHETICAL_RE.test(before.slice(Math.max(lastRep?.end ?? 0, lastMain?.end ?? 0)))) continue;
    // "objected to the idea that Washington would endorse …": the content of an idea, a fear or a
    // report is nobody's stated position (it is the object of the predicate before it).
    // But ", an idea that Belgium has resisted.": a verb with nothing after it has its object in the
    // noun before "that", a relative clause, whose subject holds the stance (stance-anaphora.ts).
    if (
      NOUN_CONTENT_RE.test(text.slice(Math.max(sent.start, vStart - 60), vStart)) &&
      !(
        /,\s*(?:a|an)\s+\p{L}+\s+that\s/iu.test(text.slice(Math.max(sent.start, vStart - 80), vStart)) &&
        /^\s*(?:[.;:!]|,|$|(?:for|because|since|amid|over)\b)/u.test(text.slice(vEnd, vEnd + 12))
      )
    )
      continue;
    // "officials seeking …", "recognizing Russia's claims would …": a participle or gerund modifies a noun, no party's predicate.
    // "was alone in praising the plan", "responded by rejecting it": a gerund after "in"/"by" is the
    // clause subject's own act.
    const docFrom = /ing$/i.test(firstWord)
      ? documentParticiple(text, sent.start, vStart, preds, pi, lastSubject)
      : null;
    if (
      /ing$/i.test(firstWord) &&
      !/\b(?:is|are|was|were|been|be|am|['’]s|['’]re|keeps?|kept|continues?|continued)\s+(?:(?:\p{L}+ly|still|also|now|again|not|already)\s+){0,2}$/iu.test(
        before,
      ) &&
      !/\b(?:in|by)\s+$/iu.test(before) &&
      // "repeated that Italy would not send soldiers, while backing the commitment": a gerund after
      // "while" is the sentence subject's act.
      !/,\s+(?:while|whilst)\s+$/iu.test(text.slice(Math.max(sent.start, vStart - 12), vStart)) &&
      // "European leaders … have stayed the course, pushing back against the plan": a participle
      // after a finished clause shares its subject.
      !(/,\s*$/u.test(before) && /\b(?:has|have|had|is|are|was|were)\s+\p{L}+/iu.test(before)) &&
      // "issued a statement pledging to …, and insisting that …": a participle on the document a
      // party issues states that party's stance (stance-document.ts).
      docFrom === null
    )
      continue;
    // Passives ("it has been accepted that …") say nothing of who holds the stance.
    if (
      /ed$/i.test(firstWord) &&
      /\b(?:been|being|be|is|are|was|were)\s+(?:\p{L}+ly\s+)?$/iu.test(before) &&
      !/^(?:pressed|pushed)$/i.test(firstWord)
    )
      continue;
    // "a loan to Ukraine backed by the frozen reserves": a past participle with its agent after it
    // modifies the noun before it; nobody before it holds a stance (the passive above, unvoiced).
    if (
      /ed$/i.test(firstWord) &&
      pred.word.length === firstWord.length &&
      /^\s+by\s/iu.test(text.slice(vEnd, vEnd + 4)) &&
      !/\b(?:has|have|had|having)\s+(?:\p{L}+ly\s+|also\s+|not\s+)?$/iu.test(before)
    )
      continue;
    // "wants Crimea recognised as Russian": the participle names the state another party wants.
    if (wantedState(text, sent.start, vStart, firstWord)) continue;
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
    // "Moscow could accept part of the money being spent …, as part of an overall settlement, he said":
    // an acceptance the party names a price for is conditional, not speculation.
    const hinted =
      SPECULATIVE_RE.test(before) &&
      cue.acceptance === true &&
      (HINT_RE.test(before) || (/\bcould\s+$/iu.test(before) && PRICED_RE.test(text.slice(vEnd, sent.end))));
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
        objStart = Math.max(
          rep.end,
          lastThatEnd(text, rep.end, vStart),
          coordinatedSubjectStart(text, rep.end, vStart),
          listItemStart(ctx, preds, pi, rep.end, vStart),
        );
        // "An army held to 600,000, he said, would be …": a parenthetical report inside the clause;
        // the object is the clause's subject before it.
        if (PARENTHETICAL_END_RE.test(text.slice(rep.end, vStart))) objStart = cStart;
      } else if (!quoteHolder(quote)) {
        // "Kyiv's forces would have to leave the region, he said, …": a report that follows the
        // clause it reports holds it as well; the object is the clause itself.
        const trail = TRAILING_REPORT_RE.exec(text.slice(vEnd, sent.end));
        // "… two points they regard as non-negotiable: Ukraine must not be disarmed, …": an
        // obligation listed under a lead-in that announces a party's terms (stance-colon-list.ts).
        const listed = trail ? null : colonListHolder(ctx, sent.start, vStart);
        if (trail) {
          // ", Kaja Kallas, the EU's foreign policy chief, said": the name before the appositive holds it.
          const verbAt = vEnd + trail.index + trail[0].length - (trail[2] as string).length;
          subjAt = trail[1]
            ? vEnd + trail.index + trail[0].lastIndexOf(`${trail[1]},`) + trail[1].length
            : verbAt;
          objStart = cStart;
        } else if (listed) {
          subjAt = listed.holder.end;
          objStart = Math.max(
            listed.itemsFrom,
            coordinatedSubjectStart(text, listed.itemsFrom, vStart),
            listItemStart(ctx, preds, pi, listed.itemsFrom, vStart),
          );
        } else continue;
      } else {
        // '"Russia must withdraw," Zelensky said': inside a quote the obligation is the speaker's.
        objStart = Math.max((quote as QuoteIn).start, cStart);
        quoteHeld = true;
      }
      if (cue.objectAfter) objStart = vEnd;
    }
    // "a cap is a non-starter (for Berlin)": the object is the copula's subject, the holder the
    // reporter, a quote's speaker, or the party named after "for".
    let copularFor: string | null = null;
    // "… remained Ukraine's first demand": the possessor right after the copula holds it.
    const possAfter = cue.copular
      ? ctx.actors.find(
          (a) =>
            a.start >= vEnd &&
            a.start <= vEnd + 30 &&
            /^['’]s\s/u.test(text.slice(a.end, a.end + 3)) &&
            /^\s+(?:the\s+)?$/iu.test(text.slice(vEnd, a.start)),
        )
      : undefined;
    if (cue.copular) {
      const rep = lastMatch(REPORTING_RE, text, sent.start, vStart);
      if (rep) {
        subjAt = rep.start;
        // "said the EU would keep its sanctions, and that the loan was the fairest way …": the
        // copula's subject is in its own that-clause; a parenthetical report leaves it before.
        // (A pronoun subject there, "and that it could form the basis", refers back: keep the whole report.)
        const thatEnd = lastThatEnd(text, rep.end, vStart);
        const ownSubject =
          thatEnd > 0 &&
          (within(ctx.issues, thatEnd, vStart).length > 0 ||
            within(ctx.mentions, thatEnd, vStart).length > 0);
        objStart = PARENTHETICAL_END_RE.test(text.slice(rep.end, vStart))
          ? clauseStart(text, sent.start, Math.max(sent.start, rep.start - 1))
          : Math.max(ownSubject ? thatEnd : rep.end, listItemStart(ctx, preds, pi, rep.end, vStart));
      } else {
        objStart = cStart;
        const forM = /^\s+(?:to|for)\s+/iu.exec(text.slice(vEnd, vEnd + 10));
        const forActor = forM
          ? ctx.actors.find((a) => a.start >= vEnd && a.start <= vEnd + forM[0].length + 4)
          : undefined;
        if (forActor) copularFor = forActor.actor;
        // "The Kremlin considers the document a good foundation": a verb of judging has its own subject.
        else if (!possAfter && !quoteHolder(quote) && !JUDGING_RE.test(firstWord)) continue;
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
    const antecedent = !coordinated && !cue.reported ? whoAntecedent(ctx, sent.start, vStart) : undefined;
    if (possAfter) copularFor = possAfter.actor;
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
    } else if (docFrom !== null && docFrom !== vStart) {
      subjects = lastSubject.get(docFrom) as string[];
      via = 'coordinated';
    } else if (coordinated) {
      subjects = lastSubject.get((prev as { start: number }).start) as string[];
      via = 'coordinated';
    } else {
      // "Sybiha said Putin was wasting time, and urged Washington to …": after a report with no
      // predicate of its own, ", and urged" shares the reporter's subject.
      const fromReporter = reporterCoordinated(ctx, preds, pi);
      if (fromReporter) {
        subjects = fromReporter;
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
        // "Italy's Meloni repeated …, while backing the Article 5-style commitment": a gerund after
        // "while" shares the subject the sentence opens with (not a text's: "The plan promised
        // guarantees, while ruling out …"; nor an object: "- rule out membership of NATO, while …").
        if (
          !subject &&
          /ing$/iu.test(firstWord) &&
          within(ctx.mentions, sent.start, vStart).length === 0 &&
          /,\s+(?:while|whilst)\s+$/iu.test(text.slice(Math.max(sent.start, vStart - 12), vStart))
        ) {
          const opener = within(ctx.actors, sent.start, vStart)[0];
          if (
            opener &&
            /^\W*(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(
              text.slice(sent.start, opener.start),
            )
          )
            subject = { actors: [opener.actor], via: 'mention' };
        }
        // "The bloc opposed …" after a sentence about the EU: a description carries the holder before it.
        if (!subject && !quote) {
          const slotFrom = subjAt === vStart ? cStart : clauseStart(text, sent.start, subjAt);
          const kind = describedKind(text.slice(slotFrom, subjAt));
          const carried = kind ? carriedHolder(ctx, si, kind, heldBy(out)) : null;
          if (carried) subject = { actors: [carried], via: 'mention' };
        }
        // "The president of the Commission said the army must not face limits. She also said the
        // reserves should go to Kyiv": a he/she opening the sentence, with no person it can name,
        // is whoever held the stance of the sentence before in the same paragraph.
        if (
          !subject &&
          !quoteHolder(quote) &&
          /^\W*(?:he|she)\s+(?:(?:also|then|later|again|further)\s+)?$/iu.test(text.slice(sent.start, subjAt))
        ) {
          const prevSent = seg.sentences[si - 1];
          const held = prevSent && prevSent.paragraph === sent.paragraph ? heldBy(out)(prevSent.start) : null;
          if (held) subject = { actors: [held], via: 'pronoun' };
        }
        // "A ministry spokeswoman said any troops would be unacceptable": the reporting verb of the
        // quote is its speaker's, named or carried.
        const qCue = (quote as { cue?: { start: number } } | null)?.cue;
        if (!subject && quote && qCue && qCue.start === subjAt && quoteHolder(quote))
          subject = { actors: [quoteHolder(quote) as string], via: 'speaker' };
        // "European officials who attended the meeting objected to …": a restrictive relative
        // clause between the subject and its verb (stance-relative-subject.ts).
        if (!subject && subjAt === vStart && !quote)
          subject = relativeClauseSubject(ctx, sent.start, cStart, vStart);
        if (!subject) continue;
        subjects = subject.actors;
        via = subject.via;
        // "Russia insists that Kyiv withdraw …, and it wants …": "it" opening a coordinated main
        // clause is the subject of the sentence's earlier predicate, not the last name in its object.
        if (via === 'pronoun' && prev && prev.start >= sent.start && lastSubject.get(prev.start)?.length) {
          const lead2 = text.slice(Math.max(sent.start, vStart - 40), vStart);
          if (
            /,\s+(?:and|but)\s+(?:it|they)\s+(?:(?:also|still|now|then|has|have|had|is|are|was|were|will|would)\s+){0,2}$/iu.test(
              lead2,
            )
          )
            subjects = lastSubject.get(prev.start) as string[];
        }
      }
    }
    // "Critics of the Trump team's approach argue that …": a sentence whose subject is the critics
    // (opponents, sceptics) of a party is theirs, not that party's; commentators hold no positions.
    const subjLead = text.slice(sent.start, Math.min(subjAt, vStart));
    if (
      via !== 'speaker' &&
      CRITICS_OF_RE.test(subjLead) &&
      !/\b(?:including|such\s+as|led\s+by)\b/iu.test(subjLead)
    )
      continue;
    // "Ukraine remained ready for a ceasefire, a position shared by Britain and France": the
    // parties named as sharing the position hold it too.
    subjects = withSharers(ctx, subjects, vEnd, sent.end);
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
    let stance = adjustStance(text, {
      cue,
      word: pred.word,
      vStart,
      vEnd,
      // "would not change Russia's demand that …": a negation before the possessor is another verb's.
      cStart: possessor ? Math.max(cStart, possessor.start) : cStart,
      sentStart: sent.start,
      sentEnd: sent.end,
      objStart,
      quote,
      hinted,
    });
    if (stance === null) continue;
    // Object: issue cues and proposals after the predicate, in the same clause, up to the next predicate.
    // "sanctions would be lifted only once a deal is signed": the condition is not the object.
    const objEnd = cue.objectBefore ? vEnd : objectEnd(text, preds, pi, cEnd);
    let objHits = objectHits(text, ctx.issues, objStart, objEnd, vStart);
    // "would take the Donbas by force unless Kyiv's troops withdrew from it": a condition that only
    // points back at what the threat would seize leaves that as the thing demanded.
    if (objHits.length === 0 && cue.objectAfter && /^(?:take|seize|capture)\b/iu.test(firstWord))
      objHits = objectHits(text, ctx.issues, vStart, vEnd, vStart);
    // "… disarmament, which Israel demands": in a relative clause (or an appositive) the object is the antecedent.
    if (objHits.length === 0 && !coordinated) {
      objHits = relativeIssues(ctx, sent.start, vStart, vEnd);
      // "…, neither of which Russia would ever accept": the quantifier negates the predicate.
      const lead = text.slice(Math.max(sent.start, vStart - 80), vStart);
      if (objHits.length > 0 && !cue.selfNegated && NEGATIVE_REL_RE.test(lead)) {
        stance = /\b(?:would|will|could|can|shall)\s+(?:\p{L}+\s+)?$/iu.test(lead)
          ? cue.negFuture
          : cue.negOther;
        if (stance === null) continue;
      }
    }
    // "borders cannot be changed by force, there can be no limits on …": a reported obligation
    // whose object is its subject ends at the next comma; what follows is another item.
    if (cue.reported && !cue.objectAfter && objHits.some((h) => h.start < vStart)) {
      const stop = text.slice(vEnd, objEnd).search(/[,;]/u);
      if (stop >= 0) objHits = objHits.filter((h) => h.start < vEnd + stop);
    }
    objHits = dropQualifiers(text, objHits, objStart);
    const contrasted = contrastedIssues(text, objHits, objStart, vStart, vEnd);
    // "Kyiv welcomed the idea.": an anaphoric object stands for what the sentence before proposed.
    if (objHits.length === 0)
      objHits = anaphoricHits(ctx, {
        si,
        sentStart: sent.start,
        sentEnd: sent.end,
        vStart,
        vEnd,
        objTextFrom,
        objEnd,
        bare: cue.bare === true || INTRANSITIVE_STANCE_RE.test(pred.word),
        via,
      });
    const inObj = within(ctx.mentions, objStart, objEnd);
    // "On NATO, officials are adamant that the door must stay open": a fronted topic is the object.
    if (objHits.length === 0 && inObj.length === 0) objHits = frontedTopicHits(ctx, sent.start, vStart);
    const issues = [...new Set(objHits.map((h) => h.issue))];
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
    if (proposal === null && objHits.length === 0 && !coordinated && !cue.reported)
      proposal = relativeProposal(ctx, sent.start, vStart);
    // "has not agreed to anything", "would not sign it": the proposal under discussion.
    if (issues.length === 0 && proposal === null && vagueObject(text, stance, vEnd, objEnd))
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
        // Nor does one inside a negative cue ("urged Kyiv to abandon its bid to join NATO"): the
        // cue's own verb already reads it; inside a positive one ("must give up its NATO bid") it flips.
        const against =
          objHits.some(
            (h) =>
              h.issue === issue &&
              h.against &&
              (h.start >= vEnd ||
                h.end <= vStart ||
                (h.start > vStart && cue.stance !== 'opposes' && cue.stance !== 'rejects')),
          ) !== contrasted.has(issue);
        // "insisted that Ukraine's army must not be subject to limits": an issue phrase that carries
        // its own negated modal, after a demand or a support, names what the holder wants barred.
        const negatedObject =
          !cue.reported &&
          !cue.copular &&
          objHits.some(
            (h) =>
              h.issue === issue &&
              !h.against &&
              h.start >= vEnd &&
              NEGATED_MODAL_RE.test(text.slice(h.start, h.end)),
          );
        const st = against !== negatedObject ? FLIP[stance] : stance;
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
          rule: against !== negatedObject ? `${rule}:flipped` : rule,
        });
      }
    // "would stop fighting only once Ukraine withdraws": the halt a threat promises is itself
    // conditional on what it demands (only when the condition names an issue).
    if (cue.objectAfter && issues.length > 0 && /^(?:halt|stop|end|cease|suspend)/iu.test(firstWord))
      for (const h of within(ctx.issues, vStart, vEnd))
        for (const actor of subjects) {
          const key = `${actor}|${h.issue}|conditional|${sent.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            actor,
            issue: h.issue,
            stance: 'conditional',
            proposal,
            date,
            evidence,
            rule: `${rule}:promised`,
          });
        }
  }
  out.push(...sameLineClaims(ctx, out));
  out.push(...agentClaims(ctx, out));
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
