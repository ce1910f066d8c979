import type { IssueHit } from './issues.ts';
import { span } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * Points a sentence places in a version without a provision predicate of the version's own:
 * "… remain part of the framework" (kept in), "the limit written into the original plan"
 * (written in), "that clause does not survive in the Geneva framework" (lost in). Read before
 * the predicates, so their claims take precedence for the same version, issue and sentence.
 */

/** "does not survive in", "no longer appears in", "did not make it into": absent from the version after it. */
const LOST_IN_RE =
  /\b(?:(?:does|did|do)\s+not\s+(?:survive|appear|feature|make\s+it)|(?:no\s+longer|never)\s+(?:survives?|appears?|features?|made\s+it))\s+(?:in|into)\s+$/iu;
/** "written into", "enshrined in", "set out in": what follows holds the point before it. */
const WRITTEN_IN_RE =
  /\b(?:written|enshrined|set\s+out|spelled\s+out|laid\s+down|included|contained|embedded|promised|offered|envisaged|provided\s+for|present|found|set|fixed|named|stated|proposed|floated)\s+(?:in|into|by)\s+$/iu;
/** "… remain part of the framework", "… stays in the text": what a version still contains. */
const KEPT_IN_RE =
  /\b(?:remains?|remained|stays?|stayed|survives?|survived|is\s+still|are\s+still)\s+(?:\p{L}+ly\s+)?(?:(?:a\s+)?part\s+of|in)\s+$|\b(?:remains?|remained|stays?|stayed|is\s+still|are\s+still)\s+(?:\p{L}+ly\s+)?(?:(?:a\s+)?part\s+of|in)\s+(?=(?:the|this|that|its)\s)/iu;

/**
 * "the security guarantees in the draft", "the amnesty under the framework": a point named with the
 * version it sits in, right after it. Only "in"/"under" (and a short "for Ukraine" between), so
 * that "guarantees from the framework's backers" or "the fight over the plan" say nothing.
 */
const BARE_IN_GAP_RE =
  /^\s+(?:(?:for|of|to|on)\s+[\p{L}'’]+\s+|(?:figure|limit|cap|ceiling|clause|provision|point|pledge|promise|commitment|requirement|formula|deadline|timetable)s?\s+)?(?:in|under)\s+$/iu;
/** "… were a central part of the framework", "is an integral part of the text". */
const PART_OF_GAP_RE =
  /^[^,;:.]{0,40}?\s(?:is|are|was|were|forms?|formed)\s+(?:also\s+|still\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?part\s+of\s+$/iu;
/**
 * What a party asks of a text is not what the text holds ("Kyiv wants guarantees in the deal"); a
 * point the clause negates is absent ("there is no amnesty in the draft"). Either before the cue,
 * in its clause, keeps the bare "in" reading out.
 */
const NOT_HELD_LEAD_RE =
  /\b(?:no|not|never|nor|without|n['’]t|no\s+longer|wants?|wanted|demands?|demanded|seeks?|sought|insists?|insisted|asks?|asked|hopes?|hoped|urges?|urged|press(?:es|ed)?|push(?:es|ed)?|calls?\s+for|called\s+for|proposes?|proposed|would\s+like|expects?|expected|instead\s+of|rather\s+than|unlike|refus\w*|reject\w*|oppos\w*|against|resist\w*)\b[^,;:]*$/iu;
/** An edit said in the sentence ("raised to 800,000 in the Geneva version"): the predicates read it. */
const EDITED_RE =
  /\b(?:removed|dropped|deleted|struck|gone|scrapped|omitted|cut|replaced|rewritten|reworked|changed|softened|loosened|narrowed|raised|lowered|eased|amended|revised|no\s+longer)\b/iu;

/** Adds the kept-in, written-in, part-of, in-version and lost-in claims of one sentence to `out`. */
export function placementClaims(
  text: string,
  sStart: number,
  sEnd: number,
  stext: string,
  hits: readonly IssueHit[],
  inSent: readonly ProposalMention[],
  out: ProvisionClaim[],
  seen: Set<string>,
  editedVersion: (key: string | null, at: number) => string | null,
): void {
  // "Security guarantees remain part of the framework, as does a full exchange of prisoners",
  // "… stay in the text": points said to remain in a version are in it. Said after edits, the text
  // they remain in is the newer one, whatever version "the text" last pointed at.
  const kept = KEPT_IN_RE.exec(stext);
  if (kept) {
    const at = sStart + kept.index + kept[0].length;
    const mn = inSent.find((m) => m.start >= at && m.start - at <= 2);
    const key = mn ? editedVersion(mn.proposal, sStart) : null;
    if (mn && key) {
      const asDoes = /,\s+(?:as|and\s+so)\s+(?:does|do|did|is|are|was|were)\b/iu.exec(
        text.slice(mn.end, sEnd),
      );
      const tailFrom = asDoes ? mn.end + asDoes.index : sEnd;
      for (const h of hits) {
        if (!(h.end <= sStart + kept.index || h.start >= tailFrom)) continue;
        if (seen.has(`${key}|${h.issue}|${sStart}`)) continue;
        seen.add(`${key}|${h.issue}|${sStart}`);
        out.push({
          proposal: key,
          issue: h.issue,
          status: 'included',
          summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
          evidence: span(text, sStart, sEnd),
          rule: 'provision:kept-in',
        });
      }
    }
  }
  // "…; that clause does not survive in the Geneva framework": what the sentence spoke of before
  // is not in the version named after the negated "survive in".
  // "the limit of 600,000 troops written into the original plan": a point the text says a version
  // holds, named right before it.
  for (const mn of inSent) {
    const w = WRITTEN_IN_RE.exec(text.slice(Math.max(sStart, mn.start - 40), mn.start));
    if (!w) continue;
    const at = mn.start - w[0].length;
    // "the blanket amnesty for wartime acts, present in the American text": a comma may set it off.
    const h = hits
      .filter((x) => x.end <= at && at - x.end <= 40 && /^[^,;]*,?\s*$/u.test(text.slice(x.end, at)))
      .pop();
    if (!h || seen.has(`${mn.proposal}|${h.issue}|${sStart}`)) continue;
    seen.add(`${mn.proposal}|${h.issue}|${sStart}`);
    out.push({
      proposal: mn.proposal,
      issue: h.issue,
      status: 'included',
      summary: text.slice(h.start, mn.end).replace(/\s+/g, ' ').trim(),
      evidence: span(text, sStart, sEnd),
      rule: 'provision:written-in',
    });
  }
  // "the security guarantees in the draft looked very solid", "guarantees for Ukraine were a
  // central part of the framework": the version named right after the point holds it. Said of a
  // revision the sentence edits, the predicates read it instead.
  for (const mn of inSent) {
    if (/^['’]s\b/u.test(text.slice(mn.end, mn.end + 3))) continue;
    const h = hits
      .filter((x) => x.end <= mn.start && mn.start - x.end <= 60)
      .filter((x) => {
        const gap = text.slice(x.end, mn.start);
        return BARE_IN_GAP_RE.test(gap) || PART_OF_GAP_RE.test(gap);
      })
      .pop();
    if (!h || seen.has(`${mn.proposal}|${h.issue}|${sStart}`)) continue;
    if (NOT_HELD_LEAD_RE.test(text.slice(sStart, h.start))) continue;
    if (editedVersion(mn.proposal, sStart) === mn.proposal && EDITED_RE.test(stext)) continue;
    seen.add(`${mn.proposal}|${h.issue}|${sStart}`);
    out.push({
      proposal: mn.proposal,
      issue: h.issue,
      status: 'included',
      summary: text.slice(h.start, mn.end).replace(/\s+/g, ' ').trim(),
      evidence: span(text, sStart, sEnd),
      rule: 'provision:in-version',
    });
  }
  for (const mn of inSent) {
    const lost = LOST_IN_RE.exec(text.slice(Math.max(sStart, mn.start - 50), mn.start));
    if (!lost) continue;
    const at = mn.start - lost[0].length;
    for (const h of hits) {
      if (h.end > at || seen.has(`${mn.proposal}|${h.issue}|${sStart}|dropped`)) continue;
      seen.add(`${mn.proposal}|${h.issue}|${sStart}|dropped`);
      out.push({
        proposal: mn.proposal,
        issue: h.issue,
        status: 'dropped',
        summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
        evidence: span(text, sStart, sEnd),
        rule: 'provision:lost-in',
      });
    }
  }
}
