import { clauseStart, findSubject, quoteAt, quoteHolder } from './clause.ts';
import { REPORTING_RE } from './lexicon.ts';
import type { StanceContext } from './stances.ts';
import { span, within } from './text.ts';
import type { Stance, StanceClaim } from './types.ts';
import { WHOLE_PROPOSAL } from './types.ts';

/**
 * Stances on a proposal as a whole (convention 7) that the general predicate scan in stances.ts
 * does not read: verdicts phrased as a judgement of the text ("described the American text as a
 * possible basis", "said the European plan was unconstructive", "could be taken as the basis"),
 * states of a holder with no object ("Moscow has been noncommittal"), a holder who has not studied
 * a text, "a framework that Washington stood behind", and acceptance tied to a condition ("would
 * engage with the revised document only if …"). Each pattern names where its proposal is (after
 * or before the predicate); a pronoun or a bare "the text" there is the version in focus.
 * Also the last word on which of a sentence's proposal-level stances stand (refineProposalStances).
 */

type Where = 'after' | 'before' | 'focus';
interface ProposalCue {
  /** A cheap literal test on the whole text: the cue's pattern runs only where it can match. */
  readonly hint: RegExp;
  readonly re: RegExp;
  readonly stance: Stance;
  /** Where the proposal is: the object after the cue, the subject before it, or the text in focus. */
  readonly where: Where;
  /** The holder reports the judgement ("X said the plan was …") rather than being its subject. */
  readonly reported?: boolean;
  /** The holder is named after the cue ("that Washington stood behind"). */
  readonly holderAfter?: boolean;
}

/** A pronoun or a bare definite noun standing for the text under discussion. */
const TEXT_REF_RE = /^\s*(?:it|this|the\s+(?:text|document|draft|plan|proposal|framework|version|terms))\b/iu;

const CUES: readonly ProposalCue[] = [
  // "described the American text as a possible basis for a final settlement"
  {
    hint: /basis|starting point|foundation/i,
    re: /\b(?:described|describes|called|calls|termed|hailed|welcomed)\s+(?<obj>[^.;]{1,60}?)\s+as\s+(?:a|an|the)\s+(?:possible\s+|potential\s+|workable\s+|good\s+|sound\s+|solid\s+|useful\s+|reasonable\s+)?(?:basis|starting\s+point|foundation)\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "it could be taken as the basis for …", "the new plan could be used as a basis"
  {
    hint: /basis|starting point|foundation/i,
    re: /\b(?:could|can|might|may|would)\s+be\s+(?:taken|used|seen|treated|regarded|accepted)\s+as\s+(?:a|the)\s+(?:\p{L}+\s+)?(?:basis|starting\s+point|foundation)\b/giu,
    stance: 'supports',
    where: 'before',
    reported: true,
  },
  // "said the European plan was entirely unconstructive and did not suit Russia"
  {
    hint: /unconstructive|unworkable|unhelpful|of no use/i,
    re: /\b(?:is|was|were|are|remains?|remained)\s+(?:\p{L}+ly\s+)?(?:unconstructive|unworkable|unhelpful|of\s+no\s+use)\b/giu,
    stance: 'rejects',
    where: 'before',
    reported: true,
  },
  // "Moscow has been noncommittal", "officials were noncommittal on the details"
  {
    hint: /non-?committal/i,
    re: /\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:\p{L}+ly\s+)?non-?committal\b/giu,
    stance: 'undecided',
    where: 'focus',
  },
  // "has not committed to signing it", "had not yet decided whether to accept the text"
  {
    hint: /not (?:yet )?(?:committed|decided|agreed)/i,
    re: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:committed|decided|agreed)\s+(?:to|whether\s+to)\s+(?:sign(?:ing)?|accept(?:ing)?|back(?:ing)?|endors(?:e|ing))\b/giu,
    stance: 'undecided',
    where: 'after',
  },
  // "he had not yet studied the European document"
  {
    hint: /not (?:yet )?(?:studied|read|reviewed|examined)/i,
    re: /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:studied|read|reviewed|examined)\b/giu,
    stance: 'undecided',
    where: 'after',
  },
  // "a strong framework that Washington stood behind"
  {
    hint: / behind/,
    re: /\b(?:that|which)\s+(?<holder>[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2})\s+(?:stood|stands|stand|would\s+stand)\s+behind\b/gu,
    stance: 'supports',
    where: 'before',
    holderAfter: true,
  },
  // "would engage with the revised document only if it kept …"
  {
    hint: /engage with|work with|(?:would|will|could) (?:only )?(?:sign|accept|back|endorse)/i,
    re: /\b(?:would|will|could)\s+(?:only\s+)?(?:engage\s+with|work\s+with|sign|accept|back|endorse)\s+(?<obj>[^.;]{0,60}?)\s*,?\s+(?:only\s+)?(?:if|provided|as\s+long\s+as|on\s+condition)\b/giu,
    stance: 'conditional',
    where: 'after',
  },
];

const EMBEDDED_SUBJECT_RE =
  /^\s*(?:it|this)\s+(?:would|will|could|can|might|may|should|must|is|was|has|had|does|did)\s+(?:not\s+)?(?:(accept|sign|back|support|endorse|approve|agree\s+to|reject|study|consider)\b)?/iu;

/** A proposal mention that is its clause's subject: a verb (or auxiliary) follows it. */
const SUBJECT_AFTER_RE =
  /^\s*(?:,[^,.;]{0,60},\s*)?(?:was|is|has|had|were|are|would|will|could|remains?|remained|keeps|kept|\p{L}+(?:s|ed))\b/iu;

/**
 * The proposal a vague object stands for ("would not sign it", "has not agreed to the terms"). A
 * pronoun needs a proposal to point back to: one named earlier in its sentence or in the one before
 * ("Britain and France said they were prepared to lead it" after a sentence about a force names
 * none). When the sentence names two versions before the pronoun, the one that is a clause subject
 * is its antecedent ("the counter-proposal was meant to improve the US plan, … and Britain backed it").
 */
export function vagueObjectProposal(
  ctx: StanceContext,
  vStart: number,
  vEnd: number,
  objEnd: number,
): string | null {
  const { text, seg } = ctx;
  if (!/^\s*(?:to\s+|on\s+)?(?:it|this)\b/iu.test(text.slice(vEnd, objEnd))) return ctx.focusAt(vStart);
  const si = seg.sentences.findIndex((s) => s.start <= vStart && vStart < s.end);
  const sent = seg.sentences[si];
  if (!sent) return ctx.focusAt(vStart);
  // "has not said whether it would accept the document": "it" is the holder, the verb after it
  // takes the object; a version named there is the one meant.
  const emb = EMBEDDED_SUBJECT_RE.exec(text.slice(vEnd, vEnd + 60));
  if (emb) {
    // "… whether it would provide air cover": the embedded verb must take a proposal.
    if (!emb[1]) return null;
    const named = within(ctx.mentions, vEnd, sent.end)[0];
    if (named) return named.proposal;
    // "accept the American terms": the version last called by that word.
    const mod = /^\s*(?:the\s+)?([\p{Lu}][\p{L}.]+)\s+\p{Ll}/u.exec(
      text.slice(vEnd + emb[0].length, sent.end),
    );
    if (mod) {
      const w = (mod[1] as string).toLowerCase();
      const prior = ctx.mentions.filter((m) => m.end <= vStart && m.text.toLowerCase().includes(w)).pop();
      if (prior) return prior.proposal;
    }
    return ctx.focusAt(vStart);
  }
  const here = within(ctx.mentions, sent.start, vStart);
  if (here.length === 0) {
    const prev = seg.sentences[si - 1];
    return prev && within(ctx.mentions, prev.start, prev.end).length > 0 ? ctx.focusAt(vStart) : null;
  }
  if (new Set(here.map((m) => m.proposal)).size > 1) {
    const subj = here.find((m) => SUBJECT_AFTER_RE.test(text.slice(m.end, m.end + 80)));
    if (subj) return subj.proposal;
  }
  return ctx.focusAt(vStart);
}

function claimKey(c: StanceClaim): string {
  return `${c.actor}|${c.issue}|${c.stance}|${c.evidence.start}`;
}

/** The proposal a stretch of text names: a mention in it, or (for a pronoun/bare noun) the focus. */
function proposalIn(ctx: StanceContext, from: number, to: number, at: number): string | null {
  const inside = within(ctx.mentions, from, to);
  if (inside.length > 0) return (inside[inside.length - 1] as { proposal: string }).proposal;
  const region = ctx.text.slice(from, to);
  // "it could be taken as …": the last pronoun or bare noun before the cue.
  if (/(?:^|\s)(?:it|this)\s*$|^\s*(?:it|this)\b/iu.test(region) || TEXT_REF_RE.test(region))
    return ctx.focusAt(at);
  return null;
}

export function extractProposalStances(ctx: StanceContext): StanceClaim[] {
  const { text, seg } = ctx;
  const out: StanceClaim[] = [];
  for (const cue of CUES) {
    if (!cue.hint.test(text)) continue;
    const re = new RegExp(cue.re.source, cue.re.flags);
    for (let x = re.exec(text); x !== null; x = re.exec(text)) {
      const at = x.index;
      const end = at + x[0].length;
      const sent = seg.sentences.find((s) => s.start <= at && at < s.end);
      if (!sent) continue;
      const si = seg.sentences.indexOf(sent);
      if (ctx.described?.has(si)) continue;
      const stext = text.slice(sent.start, sent.end);
      if (/\?\s*["”’']?\s*$/u.test(stext)) continue;
      // Proposal.
      let proposal: string | null = null;
      if (cue.where === 'focus') proposal = ctx.focusAt(at);
      else if (cue.where === 'after') {
        const obj = x.groups?.obj;
        const from = obj !== undefined ? at + x[0].indexOf(obj) : end;
        const to = obj !== undefined ? from + obj.length : Math.min(sent.end, end + 60);
        const m = within(ctx.mentions, from, to)[0];
        if (m) proposal = m.proposal;
        else if (TEXT_REF_RE.test(text.slice(from, to))) proposal = ctx.focusAt(at);
      } else {
        const cs = clauseStart(text, sent.start, at);
        const rep = cue.reported ? lastReport(text, sent.start, at) : null;
        proposal = proposalIn(ctx, rep ? rep.end : cs, at, at);
      }
      if (!proposal) continue;
      // "was noncommittal about guarantees": a view withheld on an issue, not on the text.
      if (
        cue.where === 'focus' &&
        /^\s+(?:about|on|over|regarding)\b/iu.test(text.slice(end, end + 12)) &&
        !/^\s+\p{L}+\s+(?:the\s+)?(?:details|it|this|text|document|draft|plan|proposal|framework|terms)\b/iu.test(
          text.slice(end, end + 40),
        ) &&
        within(ctx.mentions, end, Math.min(sent.end, end + 30)).length === 0
      )
        continue;
      // Holder.
      const quote = quoteAt(ctx.quotes, at);
      let holders: string[] = [];
      if (cue.holderAfter) {
        const hs = at + x[0].indexOf(x.groups?.holder ?? '\u0000');
        holders = within(ctx.actors, hs, end).map((a) => a.actor);
      } else {
        const rep = cue.reported ? lastReport(text, sent.start, at) : null;
        const subjAt = rep ? rep.start : at;
        const qh = quoteHolder(quote);
        if (cue.reported && !rep && qh) holders = [qh];
        else {
          const s = findSubject(
            text,
            subjAt,
            clauseStart(text, sent.start, subjAt),
            ctx.actors,
            quote,
            ctx.mentions,
            sent.start,
          );
          if (s) holders = s.actors;
          else if (qh) holders = [qh];
        }
      }
      holders = [...new Set(holders)].filter(ctx.isParty);
      for (const actor of holders)
        out.push({
          actor,
          issue: WHOLE_PROPOSAL,
          stance: cue.stance,
          proposal,
          date: ctx.published,
          evidence: span(text, sent.start, sent.end),
          rule: `proposal-stance:${cue.stance}`,
        });
    }
  }
  return out;
}

function lastReport(text: string, from: number, to: number): { start: number; end: number } | null {
  const re = new RegExp(REPORTING_RE.source, REPORTING_RE.flags);
  const region = text.slice(from, to);
  let best: { start: number; end: number } | null = null;
  for (let x = re.exec(region); x !== null; x = re.exec(region))
    best = { start: from + x.index, end: from + x.index + x[0].length };
  return best;
}

/** "had not yet seen the text", "had not received it": no view yet, outranked by any verdict beside it. */
const NOT_SEEN_RE =
  /\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:seen|received|been\s+shown)\b|\b(?:could|can|would)\s+not\s+(?:yet\s+)?comment\b/iu;

/**
 * Merges the proposal-level claims of both scans and settles which stances of one sentence stand.
 * An "undecided" that only says the holder has not seen the text yields to any definite verdict on
 * the proposal in the same sentence (the aide's verdict is his state's); one that says the holder
 * has not committed ("open to it, but has not committed to signing") stands beside a verdict.
 */
export function refineProposalStances(
  claims: readonly StanceClaim[],
  extra: readonly StanceClaim[],
): StanceClaim[] {
  const seen = new Set(claims.map(claimKey));
  const all = [...claims];
  for (const c of extra) {
    const k = claimKey(c);
    if (seen.has(k)) continue;
    seen.add(k);
    all.push(c);
  }
  return all.filter(
    (c) =>
      c.issue !== WHOLE_PROPOSAL ||
      c.stance !== 'undecided' ||
      !NOT_SEEN_RE.test(c.evidence.text) ||
      !all.some(
        (d) =>
          d !== c &&
          d.issue === WHOLE_PROPOSAL &&
          d.stance !== 'undecided' &&
          d.evidence.start === c.evidence.start &&
          d.proposal === c.proposal,
      ),
  );
}
