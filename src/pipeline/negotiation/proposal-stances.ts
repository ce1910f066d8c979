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

/**
 * A pronoun or a bare definite noun standing for the text under discussion; "the latest changes"
 * or "the new version" is the newest text, the one in focus ("the original plan" is not read here).
 */
const TEXT_REF_RE =
  /^\s*(?:it|this|the\s+(?:(?:latest|new|revised|updated|amended)\s+)?(?:(?:text|document|draft|plan|proposal|framework|version)s?|terms|changes|amendments|revisions))\b/iu;

const CUES: readonly ProposalCue[] = [
  // "described the American text as a possible basis for a final settlement"
  {
    hint: /basis|starting point|foundation/i,
    re: /\b(?:described|describes|called|calls|termed|hailed|welcomed)\s+(?<obj>[^.;]{1,60}?)\s+as\s+(?:a|an|the)\s+(?:possible\s+|potential\s+|workable\s+|good\s+|sound\s+|solid\s+|useful\s+|reasonable\s+)?(?:basis|starting\s+point|foundation)\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "calling the revised framework a sound foundation", "describe the Geneva text as a real step
  // forward", "called it a good start": a verdict naming the text as a basis, a step or a start,
  // with or without "as", in any tense (the first cue needs "as" and a past or present verb form).
  // "called for the plan as …" is a demand's object, not a verdict: "for" cannot open the object.
  // The object may carry a parenthetical ("framed the framework, drawn up in Geneva, as the basis").
  {
    hint: /basis|starting point|foundation|step forward|way forward|good start/i,
    re: /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|term(?:s|ed|ing)?|hail(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|regard(?:s|ed|ing)?|see|sees|saw|view(?:s|ed|ing)?|fram(?:e|es|ed|ing)|portray(?:s|ed|ing)?|present(?:s|ed|ing)?)\s+(?!for\b)(?<obj>[^.;]{1,100}?)\s+(?:as\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:basis|starting\s+point|foundation|step\s+forward|way\s+forward|good\s+start)\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Kyiv was prepared to go forward on the basis of the framework", "ready to move ahead with it":
  // a holder ready to proceed with a text backs it (the lexicon's readiness cue leaves out "go").
  {
    hint: /ready|prepared|willing/i,
    re: /\b(?:ready|prepared|willing)\s+to\s+(?:go\s+(?:forward|ahead)|move\s+(?:ahead|forward|on)|press\s+(?:ahead|on)|proceed|push\s+ahead|work|keep\s+working)\s+(?:on\s+the\s+basis\s+of|on\s+the\s+strength\s+of|with|on)\s+(?<obj>[^.;,]{1,60})/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Russia would look at the new text favourably only if it kept …": a verdict held back for a condition.
  {
    hint: /favou?rabl|positively/i,
    re: /\b(?:would|will|could|might)\s+(?:only\s+)?(?:look\s+(?:at|on|upon)|view|regard|see|treat|consider|judge|assess)\s+(?<obj>[^.;]{1,50}?)\s+(?:favou?rably|positively|kindly)\s*,?\s+(?:only\s+)?(?:if|provided|as\s+long\s+as|on\s+condition|once)\b/giu,
    stance: 'conditional',
    where: 'after',
  },
  // "the documents brought by the envoys were still being studied", "the text is under review":
  // the holder reporting it has not reached a verdict yet (convention 6: "will study" is undecided).
  {
    hint: /being (?:studied|examined|reviewed|analy[sz]ed|considered)|under (?:review|study|consideration)/i,
    re: /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:being\s+(?:studied|examined|reviewed|analy[sz]ed|considered|assessed)|under\s+(?:review|study|consideration|examination))\b/giu,
    stance: 'undecided',
    where: 'before',
    reported: true,
  },
  // "Russia had not yet formed a final view of them", "has yet to say what it makes of the text":
  // no verdict yet on the text in focus.
  {
    hint: /formed (?:a|any|its)|what (?:it|they|he|she) (?:makes?|made) of/i,
    re: /\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?formed\s+(?:a|any|its|their)\s+(?:\p{L}+\s+)?(?:view|opinion|judgement|judgment|position)|(?:(?:has|have|had)\s+not\s+(?:yet\s+)?decided|(?:has|have|had)\s+yet\s+to\s+(?:say|decide|signal))\s+what\s+(?:it|they|he|she)\s+(?:makes?|made)\s+of)\b/giu,
    stance: 'undecided',
    where: 'focus',
  },
  // "called the revised framework a document both governments could stand behind": a text named
  // as one the parties could defend or sign is backed by whoever names it so.
  {
    hint: /stand behind|defend|live with|sign/i,
    re: /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|term(?:s|ed|ing)?)\s+(?!for\b)(?<obj>[^.;,]{1,60}?)\s+(?:as\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:document|text|deal|plan|framework|agreement|basis)\s+(?:that\s+|which\s+)?(?:both\s+(?:governments|sides|countries|capitals|presidents|leaders)|everyone|all\s+sides|[\p{L}]+)\s+(?:could|can|would|will)\s+(?:stand\s+behind|defend|sign|live\s+with|back|support)\b/giu,
    stance: 'supports',
    where: 'after',
  },
  // "Moscow would look at the framework, but only if it stayed faithful to …": attention promised
  // on a condition. "only" is required: "will study it if it arrives" is no condition on the terms.
  {
    hint: /only (?:if|provided|as long as|on condition)/i,
    re: /\b(?:would|will|could)\s+(?:look\s+at|consider|examine|study|engage\s+with|work\s+with|sign|accept|back|endorse)\s+(?<obj>[^.;]{1,60}?)\s*,?\s+(?:but\s+)?only\s+(?:if|provided|as\s+long\s+as|on\s+condition)\b/giu,
    stance: 'conditional',
    where: 'after',
  },
  // "would judge it once it arrived through official channels": a verdict put off until the text comes.
  {
    hint: /once|when|after/i,
    re: /\b(?:would|will)\s+(?:judge|assess|evaluate|weigh)\s+(?<obj>[^.;,]{1,40}?)\s+(?:once|when|after)\s+(?:it|they)\s+(?:arrives?|arrived|comes?|came|(?:is|was|are|were|has\s+been|had\s+been)\s+(?:received|delivered|handed\s+over))\b/giu,
    stance: 'undecided',
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
    hint: /unconstructive|unworkable|unhelpful|of no use|non-starter|dead on arrival/i,
    // An opening quotation mark may stand before the verdict ("was \u201ccompletely unconstructive\u201d").
    re: /\b(?:is|was|were|are|remains?|remained)\s+["\u201c]?(?:\p{L}+ly\s+)?(?:unconstructive|unworkable|unhelpful|of\s+no\s+use|a\s+non-starter|dead\s+on\s+arrival)\b/giu,
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
  // "Moscow had seen only fragments of the revised text": a partial look, no verdict yet.
  {
    hint: /only (?:fragments|parts|pieces|portions|excerpts|bits)/i,
    re: /\b(?:has|have|had)\s+(?:seen|been\s+shown|received|been\s+given)\s+only\s+(?:fragments|parts|pieces|portions|excerpts|bits)\s+of\b/giu,
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

/** "the latest changes", "the new version": words that point at the newest text, not the one in focus. */
const NEWEST_REF_RE =
  /^\s*the\s+(?:latest|new|revised|updated|amended)\b|^\s*the\s+(?:changes|amendments|revisions)\b/iu;

/**
 * The version a pronoun or bare noun stands for: the focus, except that "the latest changes" or
 * "the revised text" is the last version the article has marked as a revision before `at`.
 */
function textRefProposal(ctx: StanceContext, region: string, at: number): string | null {
  if (NEWEST_REF_RE.test(region)) {
    const rev = ctx.mentions.filter((m) => m.revised && m.end <= at).pop();
    if (rev) return rev.proposal;
  }
  return ctx.focusAt(at);
}

/** The proposal a stretch of text names: a mention in it, or (for a pronoun/bare noun) the focus. */
function proposalIn(ctx: StanceContext, from: number, to: number, at: number): string | null {
  const inside = within(ctx.mentions, from, to);
  if (inside.length > 0) return (inside[inside.length - 1] as { proposal: string }).proposal;
  const region = ctx.text.slice(from, to);
  // "it could be taken as …": the last pronoun or bare noun before the cue.
  if (/(?:^|\s)(?:it|this)\s*$|^\s*(?:it|this)\b/iu.test(region) || TEXT_REF_RE.test(region))
    return textRefProposal(ctx, region, at);
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
        else if (TEXT_REF_RE.test(text.slice(from, to)))
          proposal = textRefProposal(ctx, text.slice(from, to), at);
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
