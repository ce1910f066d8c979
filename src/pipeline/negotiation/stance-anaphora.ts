import type { IssueHit } from './issues.ts';
import type { StanceContext } from './stances.ts';
import { within } from './text.ts';
import type { Stance } from './types.ts';

/**
 * Objects that do not name their issue or proposal but point back to it: a relative clause or an
 * appositive ("…, which Israel demands", "…, a point both sides have accepted"), a bare adjective
 * ("Kyiv was receptive."), "it", "that", "the idea", and vague objects standing for the proposal
 * on the table ("has not agreed to anything"). Each returns what the object stands for, found
 * earlier in the sentence or in the few sentences before it.
 */

/** ", a point both Kyiv and Moscow have (accepted)", ", something Moscow has pressed for": an appositive summing up the clause before. */
const APPOSITIVE_RE =
  /(?:,|\s[—–-])\s*(?:(?:a|an|the)\s+(?:step|move|point|concession|demand|idea|view|position|notion|suggestion|option|approach|argument|condition|arrangement|provision|measure|clause|compromise|limit|cap|ceiling|requirement|restriction)|something|one\s+thing)\s+(?:that\s+|which\s+)?(?:[\p{L}'’.-]+\s+){1,5}(?:,[^,;:]{1,70},\s+)?(?:(?:has|have|had|is|are|was|were|also|still|now|both|all|already|long|repeatedly)\s+)*$/iu;

/** An object that points back to the previous sentence's idea ("welcomed the idea"). */
const ANAPHOR_OBJ_RE =
  /^\s*(?:to\s+)?(?:(?:the|this|that|such\s+an?)\s+(?:idea|suggestion|notion|scheme|arrangement|section|clause|approach)\b(?!\s+(?:of|that|to|for)\b)|(?:such|these|those)\s+(?:proposals|ideas|suggestions|plans|conditions|demands|steps|moves|arrangements|deployments|terms|guarantees)\b(?!\s+(?:of|that|to|for)\b)|(?:their|its)\s+(?:release|return|exchange|deployment|removal|lifting)\b)/iu;

/** An object that stands for "the proposal on the table" without naming it ("has not agreed to anything"). */
const VAGUE_OBJECT_RE =
  /^\s*(?:to\s+|on\s+)?(?:anything(?!\s+(?:that|which)\b)|any\s+of\s+it|its\s+(?:content|contents|substance|details|terms)|it|that(?=\s*(?:[.,;:!?"”]|$)|\s+(?:\p{L}+ly|either|too|at\s+all|now|idea|approach|outcome)\b)|this|a\s+deal|any\s+deal|the\s+deal|the\s+terms|the\s+(?:[\p{L}-]+\s+)?(?:initiative|offer|proposals|changes|revisions)|(?:a|any|the)\s+(?:new\s+|revised\s+|final\s+)?(?:text|document|draft|version))\b/iu;
/** Wanting "a deal" is wanting peace, not a stance on the proposal on the table. */
const INDEFINITE_DEAL_RE = /^\s*(?:to\s+|on\s+)?(?:a|any)\s+deal\b/iu;

/**
 * The issues a relative clause or an appositive right before the predicate refers back to:
 * "… disarmament, which Israel demands": in a relative clause the object is the antecedent.
 */
export function relativeIssues(
  ctx: StanceContext,
  sentStart: number,
  vStart: number,
  vEnd: number = vStart,
): IssueHit[] {
  const { text } = ctx;
  let objHits: IssueHit[] = [];
  const rel =
    /,?\s*\b(?:which|that)\s+(?:[\p{L}'’.-]+\s+){1,4}(?:(?:has|have|had|is|are|was|were|also|still|now)\s+)*$/iu.exec(
      text.slice(Math.max(sentStart, vStart - 80), vStart),
    );
  if (rel) {
    const relAt = Math.max(sentStart, vStart - 80) + rel.index;
    // "… allow Western troops into Ukraine, neither of which Russia would accept": a quantified
    // relative ("neither of which", "both of which") refers to the whole coordinated list before it.
    const listed = QUANTIFIED_REL_RE.test(text.slice(Math.max(sentStart, relAt - 12), relAt));
    objHits = listed
      ? within(ctx.issues, clauseFromComma(text, sentStart, relAt), relAt)
      : within(ctx.issues, Math.max(sentStart, relAt - 40), relAt).filter((h) => relAt - h.end <= 3);
  }
  // "… an exchange of all prisoners, a point both Kyiv and Moscow have accepted": an appositive
  // noun that sums up the clause before it; that clause's issues are the object. An aside may
  // follow the holder ("an idea that Belgium, where the reserves sit, has resisted").
  const appos =
    objHits.length > 0 ? null : APPOSITIVE_RE.exec(text.slice(Math.max(sentStart, vStart - 90), vStart));
  if (appos) {
    const commaAt = Math.max(sentStart, vStart - 90) + appos.index;
    objHits = within(ctx.issues, Math.max(sentStart, commaAt - 150), commaAt);
  }
  if (objHits.length === 0 && vEnd > vStart) objHits = zeroRelative(ctx, sentStart, vStart, vEnd);
  return objHits;
}

/** "neither of", "both of", "all of", "none of" right before a relative "which". */
const QUANTIFIED_REL_RE = /,\s*(?:neither|none|both|all|either|each|any)\s+of\s*$/iu;
/** A negative quantifier opening a relative clause: "neither of which", "none of which". */
export const NEGATIVE_REL_RE = /,\s*(?:neither|none)\s+of\s+which\s+(?:[\p{L}'’.-]+\s+){1,4}$/iu;

/** Where the list a quantified relative sums up begins: after the clause's last break, at most 160 characters back. */
function clauseFromComma(text: string, sentStart: number, relAt: number): number {
  const from = Math.max(sentStart, relAt - 160);
  const region = text.slice(from, relAt);
  const brk = /.*(?:[;:]|\s[—–]\s|,\s+(?:he|she|they|it)\s+\p{L}+,)/su.exec(region);
  return brk ? from + brk[0].length : from;
}

/** What may stand between a zero relative's subject and its predicate ("Moscow has long sought"). */
const ZERO_REL_AUX_RE =
  /^\s+(?:(?:has|have|had|is|are|was|were|would|could|will|also|still|now|long|always|repeatedly|already|\p{L}+ly)\s+){0,3}$/iu;
/** A predicate with nothing after it but an adverbial or the clause's end: its object is stranded before it. */
const STRANDED_AFTER_RE =
  /^\s*(?:[,.;:)—–]|$|(?:since|because|as|when|while|and|but|so|for\s+(?:years|months|weeks|decades)|all\s+along|from\s+the\s+(?:start|outset)|in\s+public|in\s+private)\b)/iu;
/** An introductory phrase ("After the ceasefire Russia …"): its noun is no antecedent. */
const INTRO_RE =
  /^\W*(?:after|before|during|in|on|under|with|without|despite|following|amid|over|at|for|since|until)\b[^,;:]*$/iu;

/**
 * A zero relative clause: "the demilitarisation Moscow has sought since 2022", "an election,
 * something Moscow has pressed for": the issue named right before the clause's subject is the
 * object of a predicate that has none after it.
 */
function zeroRelative(ctx: StanceContext, sentStart: number, vStart: number, vEnd: number): IssueHit[] {
  const { text } = ctx;
  if (!STRANDED_AFTER_RE.test(text.slice(vEnd, vEnd + 40))) return [];
  const subj = within(ctx.actors, Math.max(sentStart, vStart - 60), vStart)
    .filter((a) => a.end <= vStart)
    .pop();
  if (!subj || !ZERO_REL_AUX_RE.test(text.slice(subj.end, vStart))) return [];
  const hit = within(ctx.issues, Math.max(sentStart, subj.start - 80), subj.start)
    .filter((h) => h.end <= subj.start && /^["”’]?\s+$/u.test(text.slice(h.end, subj.start)))
    .pop();
  if (!hit || INTRO_RE.test(text.slice(sentStart, hit.start))) return [];
  return [hit];
}

/** Where the object's words are, and what the clause knows about them. */
export interface AnaphorSite {
  readonly si: number;
  readonly sentStart: number;
  readonly sentEnd: number;
  readonly vStart: number;
  readonly vEnd: number;
  readonly objTextFrom: number;
  readonly objEnd: number;
  /** The cue may stand bare, its object understood ("was receptive"). */
  readonly bare: boolean;
  /** How the holder was found ('mention', 'speaker', …). */
  readonly via: string;
}

/**
 * The issues an anaphoric object stands for, or none when the object is not anaphoric (called
 * only when the object names no issue itself).
 */
export function anaphoricHits(ctx: StanceContext, site: AnaphorSite): IssueHit[] {
  const { text, seg } = ctx;
  const { si, vStart, vEnd, objTextFrom, objEnd, via } = site;
  const sent = { start: site.sentStart, end: site.sentEnd };
  const stext = text.slice(sent.start, sent.end);
  let objHits: IssueHit[] = [];
  // "Kyiv welcomed the idea.": an anaphoric object stands for what the sentence before proposed.
  // A heading ("Russia Remains Skeptical") names the section's topic, not the topic before it.
  const bareAdj =
    site.bare &&
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
    // ("Moscow ruled it out.": a pronoun before a verb's particle points back the same way.)
    /^\s*(?:to\s+)?(?:(?:that|this)\s*(?:[.,;:!?"”]|$)|(?:it|that|this|them)\s+(?:out|down)\b)/iu.test(
      objWords,
    ) &&
    prevSent !== undefined &&
    within(ctx.mentions, prevSent.start, vStart).length === 0 &&
    new Set(within(ctx.issues, prevSent.start, prevSent.end).map((h) => h.issue)).size === 1;
  if (bareAdj || itBack || thatBack || ANAPHOR_OBJ_RE.test(objWords)) {
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
  return objHits;
}

/** "The plan, which Russia welcomed last month, …": the proposal antecedent of the relative clause. */
export function relativeProposal(ctx: StanceContext, sentStart: number, vStart: number): string | null {
  const { text } = ctx;
  const rel =
    /(?:,\s*|\b)(?:which|that)\s+(?:[\p{L}'’.-]+\s+){1,4}(?:(?:has|have|had|is|are|was|were|also|still|now|initially|first|quickly)\s+)*$/iu.exec(
      text.slice(Math.max(sentStart, vStart - 80), vStart),
    );
  if (rel) {
    const relAt = Math.max(sentStart, vStart - 80) + rel.index;
    const ante = within(ctx.mentions, Math.max(sentStart, relAt - 60), relAt).pop();
    if (ante && relAt - ante.end <= 2) return ante.proposal;
  }
  return null;
}

/**
 * "has not agreed to anything", "would not sign it": an object that stands for the proposal under
 * discussion. Wanting "a deal" is wanting peace, not a stance on it.
 */
export function vagueObject(text: string, stance: Stance, vEnd: number, objEnd: number): boolean {
  return (
    VAGUE_OBJECT_RE.test(text.slice(vEnd, objEnd)) &&
    !(stance === 'demands' && INDEFINITE_DEAL_RE.test(text.slice(vEnd, objEnd)))
  );
}

/** "On NATO, …", "As for the assets, …", "On the question of territory, …": a fronted topic. */
const FRONTED_TOPIC_RE =
  /^\W*(?:(?:and|but)\s+)?(?:on|as\s+for|as\s+to|regarding|on\s+the\s+(?:question|issue|subject|matter)\s+of)\s+[^,;:.]{2,50}?,/iu;

/**
 * "On NATO, Ukrainian officials are adamant that the door must stay open": when the clause's own
 * words name no issue, a topic fronted at the sentence's start is its object (only its issues, and
 * only when it names one).
 */
export function frontedTopicHits(ctx: StanceContext, sentStart: number, vStart: number): IssueHit[] {
  const m = FRONTED_TOPIC_RE.exec(ctx.text.slice(sentStart, vStart));
  if (!m) return [];
  const hits = within(ctx.issues, sentStart, sentStart + m[0].length).filter((h) => !h.against);
  return new Set(hits.map((h) => h.issue)).size === 1 ? hits : [];
}
