import { clauseStart, findSubject, quoteAt, quoteHolder } from './clause.ts';
import { REPORTING_RE } from './lexicon.ts';
import { COUNTER_KEY } from './proposal-candidates.ts';
import { CUES, NEITHER_NOR_RE } from './proposal-stance-cues.ts';
import type { StanceContext } from './stances.ts';
import { span, within } from './text.ts';
import type { StanceClaim } from './types.ts';
import { WHOLE_PROPOSAL } from './types.ts';

/**
 * Stances on a proposal as a whole (convention 7) that the general predicate scan in stances.ts
 * does not read: verdicts phrased as a judgement of the text ("described the American text as a
 * possible basis", "said the European plan was unconstructive", "could be taken as the basis"),
 * states of a holder with no object ("Moscow has been noncommittal"), a holder who has not studied
 * a text, "a framework that Washington stood behind", and acceptance tied to a condition ("would
 * engage with the revised document only if …"). Each pattern names where its proposal is (after
 * or before the predicate; the patterns are in proposal-stance-cues.ts); a pronoun or a bare "the
 * text" there is the version in focus.
 * Also the last word on which of a sentence's proposal-level stances stand (refineProposalStances).
 */

/**
 * A pronoun or a bare definite noun standing for the text under discussion; "the latest changes"
 * or "the new version" is the newest text, the one in focus ("the original plan" is not read here).
 */
const TEXT_REF_RE =
  /^\s*(?:it|this|(?:the|any)\s+(?:(?:latest|new|revised|updated|amended)\s+)?(?:(?:text|document|draft|plan|proposal|framework|version)s?|terms|changes|amendments|revisions))\b/iu;

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
  /^\s*(?:the|any)\s+(?:latest|new|revised|updated|amended)\b|^\s*the\s+(?:changes|amendments|revisions)\b/iu;

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

/**
 * "the European amendments", "the amendments drafted in three capitals": one side's edits to the
 * text on the table are its counter-proposal, when the article has named one (proposal-candidates
 * gives every counter-proposal one key). Edits with no party to them ("the amendments") are not.
 */
const PARTY_AMENDMENTS_RE =
  /\b(?:\p{Lu}\p{L}+(?:an|ean|ish|ese)\s+amendments|amendments\s+(?:\p{L}+\s+){0,2}?(?:drafted|proposed|put\s+forward|tabled|written|drawn\s+up|pushed|circulated)\s+(?:by|in)\b)/u;

function amendmentsProposal(ctx: StanceContext, region: string): string | null {
  if (!PARTY_AMENDMENTS_RE.test(region)) return null;
  return ctx.mentions.some((m) => m.proposal === COUNTER_KEY) ? COUNTER_KEY : null;
}

/** The proposal a stretch of text names: a mention in it, or (for a pronoun/bare noun) the focus. */
function proposalIn(ctx: StanceContext, from: number, to: number, at: number): string | null {
  // "told reporters the European counter-proposal was …": the report's match may end inside the
  // mention's determiner, so a mention that straddles the start counts too.
  const inside = within(ctx.mentions, Math.max(0, from - 6), to).filter((m) => m.end > from);
  if (inside.length > 0) return (inside[inside.length - 1] as { proposal: string }).proposal;
  const region = ctx.text.slice(from, to);
  const amended = amendmentsProposal(ctx, region);
  if (amended) return amended;
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
        else if (TEXT_REF_RE.test(text.slice(from, to)) && !PARTY_AMENDMENTS_RE.test(text.slice(from, to)))
          proposal = textRefProposal(ctx, text.slice(from, to), at);
        else proposal = amendmentsProposal(ctx, text.slice(from, to));
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
        // "Mr Rubio called it … and said the framework was …": a report coordinated with the
        // sentence's first verb shares its subject, the actor that opens the sentence.
        // "He accused the Europeans of … and said …": an opening pronoun is that subject.
        const coordinated =
          !!rep && /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/iu.test(text.slice(sent.start, rep.start));
        const opener = coordinated
          ? within(ctx.actors, sent.start, (rep as { start: number }).start).find((a) =>
              /^\W*(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u.test(text.slice(sent.start, a.start)),
            )
          : undefined;
        const pro =
          coordinated && !opener ? /^\W*(?:he|she)\s/iu.exec(text.slice(sent.start, sent.end)) : null;
        const proSubject = pro
          ? findSubject(
              text,
              sent.start + pro[0].length,
              sent.start,
              ctx.actors,
              quote,
              ctx.mentions,
              sent.start,
            )
          : null;
        if (cue.reported && !rep && qh) holders = [qh];
        else if (opener) holders = [opener.actor];
        else if (proSubject) holders = proSubject.actors;
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
          // "Leavitt told reporters that the president believed the plan was …": an unnamed head of
          // the government a spokesman reports for holds his government's view, the spokesman's.
          // "Umerov said the delegation had agreed on most points of the framework": the same for
          // an unnamed delegation or government the clause's own report speaks for.
          const outer = s
            ? null
            : rep
              ? lastReport(text, sent.start, rep.start)
              : lastReport(text, sent.start, at);
          const head =
            outer && OWN_HEAD_RE.test(text.slice(outer.end, rep?.start ?? at))
              ? findSubject(
                  text,
                  outer.start,
                  clauseStart(text, sent.start, outer.start),
                  ctx.actors,
                  quote,
                  ctx.mentions,
                  sent.start,
                )
              : null;
          if (s) holders = s.actors;
          else if (head) holders = head.actors;
          else if (qh) holders = [qh];
        }
      }
      holders = [...new Set(holders)].filter(ctx.isParty);
      // "the framework reflected Ukraine's priorities": only a holder of that side judges it so.
      if (cue.ownAims && x.groups?.aims && !/^our$/iu.test(x.groups.aims)) {
        const aimsAt = at + x[0].indexOf(x.groups.aims);
        const owner = within(ctx.actors, aimsAt, aimsAt + x.groups.aims.length)[0];
        const sideOf = ctx.sideOf ?? ((a: string) => a);
        holders = owner ? holders.filter((h) => sideOf(h) === sideOf(owner.actor)) : [];
      }
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

/** "(told reporters in Washington that) the president", "(said) the delegation had": the reporter's own side, unnamed. */
const OWN_HEAD_RE =
  /^(?:[^,;:"\u201c]{0,40}?\bthat\s+|\s*)(?:the|his|her|their|its)\s+(?:president|prime\s+minister|chancellor|administration|government|cabinet|delegation|negotiating\s+team|team|negotiators)(?:\s+(?:had|has|have|was|were|is|are|would|will|could|still))?\s*$/iu;

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
      !withheldVerdict(c) &&
      (c.issue !== WHOLE_PROPOSAL ||
        c.stance !== 'undecided' ||
        !NOT_SEEN_RE.test(c.evidence.text) ||
        !all.some(
          (d) =>
            d !== c &&
            d.issue === WHOLE_PROPOSAL &&
            d.stance !== 'undecided' &&
            d.evidence.start === c.evidence.start &&
            d.proposal === c.proposal,
        )),
  );
}

/**
 * A main-scan verdict on a text whose verb sits in "neither accepted nor turned down": the
 * sentence withholds both verdicts (the undecided cue above reads it instead).
 */
function withheldVerdict(c: StanceClaim): boolean {
  if (c.issue !== WHOLE_PROPOSAL || !c.rule.startsWith('stance:') || !/neither/iu.test(c.evidence.text))
    return false;
  const word = c.rule.split(':')[2] ?? '';
  const re = new RegExp(NEITHER_NOR_RE.source, 'giu');
  for (let x = re.exec(c.evidence.text); x !== null; x = re.exec(c.evidence.text))
    if (new RegExp(`\\b${word}\\b`, 'iu').test(x[0])) return true;
  return false;
}
