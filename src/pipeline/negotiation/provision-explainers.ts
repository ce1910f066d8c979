import type { Segmented } from '../segment/index.ts';
import type { SectionDefault } from './framing.ts';
import type { IssueHit } from './issues.ts';
import { NOT_CONTENT_VERBS } from './provision-predicates.ts';
import { isModelOf } from './provision-status.ts';
import { lowerBound, span, within } from './text.ts';
import type { ProposalMention, ProvisionClaim, ProvisionStatus } from './types.ts';

/**
 * Explainer structure beyond a single sentence: question-and-answer sections ("What has been
 * dropped?" heading the paragraphs under it) and clause lists that run over several sentences
 * after one that names the version ("The 28-point plan asked the most of Ukraine. … Kyiv would
 * withdraw from …"). Both give sentences that name no version the version they describe.
 */

/**
 * Question-and-answer explainers: a paragraph that is one short question ("What has been dropped?",
 * "What survives?", "What was in it?") heads the answer paragraphs under it, which often name no
 * version ("It says nothing about amnesty", "The deadline for elections is gone as well"). The
 * question gives the status and, for drops, changes and survivals, the version: the latest
 * revision named so far; "what was in it" asks about the version in focus. A question of another
 * kind ("What do the parties think?") ends the section. Sentences the framing stage already placed
 * keep its reading.
 */
const Q_DROPPED_RE = /\b(?:dropped|removed|out|gone|cut|scrapped|deleted|lost|missing|abandoned|struck)\b/iu;
const Q_CHANGED_RE =
  /\b(?:changed?|different|altered|modified|softened|rewritten|reworked|revised|loosened)\b/iu;
const Q_KEPT_RE =
  /\b(?:survives?|survived|remains?|remained|stays?|stayed|kept|keeps|still|left|retained|unchanged)\b/iu;
const Q_CONTENT_RE =
  /\b(?:in\s+(?:it|them|the\s+\p{L}+)|contains?|contained|says?|said|propose[sd]?|include[sd]?|offer(?:s|ed)?|terms|provisions|on\s+the\s+table|call\s+for|require)\b/iu;
/** Sentences whose subject is a party (or a quote): reactions under a heading, not contents. */
export const PARTY_SPEAKS_RE =
  /["“”]|\b(?:said|says|told|warned|argued|insisted|welcomed|rejected|wants?|wanted)\b/iu;
export function questionSections(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  isRevision: (key: string) => boolean,
): Map<number, SectionDefault> {
  const out = new Map<number, SectionDefault>();
  let sec: SectionDefault | null = null;
  let paras = 0;
  let lastPara = -1;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si] as (typeof seg.sentences)[number];
    const para = seg.paragraphs[s.paragraph];
    const stext = text.slice(s.start, s.end);
    const alone =
      para !== undefined && para.start >= s.start - 1 && text.slice(s.end, para.end).trim() === '';
    if (alone && /\?\s*$/u.test(stext) && stext.length <= 90 && !/["“”]/u.test(stext)) {
      const named = within(mentions, s.start, s.end)[0]?.proposal ?? null;
      const latestRevision = (): string | null => {
        for (let k = lowerBound(mentions, s.start) - 1; k >= 0; k--) {
          const mn = mentions[k] as ProposalMention;
          if (mn.revised || isRevision(mn.proposal)) return mn.proposal;
        }
        return focusAt(s.start);
      };
      let status: ProvisionStatus | null = null;
      let key: string | null = null;
      if (/\bleft\s+out\b/iu.test(stext) || Q_DROPPED_RE.test(stext)) status = 'dropped';
      else if (Q_CHANGED_RE.test(stext) && /^\W*what\b/iu.test(stext)) status = 'changed';
      else if (Q_KEPT_RE.test(stext) && /^\W*what\b/iu.test(stext)) status = 'included';
      if (status) key = named ?? latestRevision();
      else if (/^\W*what\b/iu.test(stext) && Q_CONTENT_RE.test(stext)) {
        status = 'included';
        key = named ?? focusAt(s.start);
      }
      sec = status && key ? { key, status, item: true } : null;
      paras = 0;
      lastPara = s.paragraph;
      continue;
    }
    if (!sec) continue;
    if (s.paragraph !== lastPara) {
      lastPara = s.paragraph;
      if (++paras > 3) {
        sec = null;
        continue;
      }
    }
    out.set(si, { key: sec.key, status: sec.status, item: !PARTY_SPEAKS_RE.test(stext) });
  }
  return out;
}

/**
 * Explainer paragraphs list a version's clauses over several sentences: one names the version as
 * its subject ("The 28-point plan asked the most of Ukraine.", "It offered Russia …", "Its terms go
 * well beyond …") and the next ones, unattributed "would" sentences, go on with what it does
 * ("Kyiv would withdraw from …", "Sanctions would be lifted."). Those sentences' issues are in the
 * version. The framing stage reads such runs after content verbs it knows; this reads them after
 * any verb that is not about the text's history or a reaction to it, within the paragraph. A
 * sentence that names another version, quotes or reports someone, or has no bare "would" ends it.
 */
const CONT_WOULD_RE =
  /\bwould\s+(?:also\s+|then\s+|in\s+turn\s+|further\s+|still\s+)?(?!have\s+to\b|need\s+to\b|only\b|like\b|rather\b|not\s+(?:accept|agree|sign|support|back|endorse|approve|tolerate|consider|say|comment)\b|never\s+(?:accept|agree|sign)\b)(?:not\s+|never\s+)?\p{L}/iu;
const CONT_REPORT_RE =
  /\b(?:said|says|say|told|tells|argued|argues|insisted|insists|warned|warns|believes?|believed|according\s+to|wants?|wanted)\b/iu;
/**
 * "…, the officials said." closing a sentence only names the sources of the description (wire copy
 * attributes each sentence); a report anywhere else ("Kyiv said it would …") is someone's view.
 */
const TRAILING_ATTRIBUTION_RE =
  /,\s+(?:the\s+|two\s+|three\s+|several\s+|both\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:officials|diplomats|sources|people|negotiators|aides)\s+(?:said|say|says|added)\s*\.?\s*$/iu;
const OPENER_LEAD_RE =
  /^\W*(?:(?:in\s+return|in\s+exchange|instead|meanwhile|also|and|but|so)[,\s]+|according\s+to\s+[^,;]{1,60},\s*)?$/iu;
/** "the outline presented by Rubio and Witkoff would …": a reduced relative between subject and verb. */
const PARTICIPLE_RE =
  /^\s+(?:presented|drawn\s+up|drafted|written|prepared|handed\s+over|handed|agreed|seen|circulated|shown|put\s+forward|unveiled)\s+(?:by|to|in|at|on|with)\s+[^,;.]{0,100}?(?=\s+would\b)/iu;
const OPENER_PRONOUN_RE =
  /^\W*(?:(?:in\s+return|in\s+exchange|instead)[,\s]+)?(?:(it)|its\s+(?:[\p{L}-]+\s+)?(?:terms|provisions|clauses|points|contents))\s+(?:also\s+|further\s+|then\s+)?(?:would\s+(?:have\s+)?)?(\p{L}+)/iu;
/** "Its centrepiece is …", "At its heart is …": the version's central clause. */
const CORE_RE =
  /^\W*(?:its\s+(?:centrepiece|centerpiece|core|heart|cornerstone|backbone|main\s+plank|key\s+(?:element|provision|plank|clause))\s+(?:is|was|remains)\b|at\s+its\s+(?:heart|core|centre|center)\s+(?:is|was|lies|lay)\b)/iu;
/** After "the draft says": only that …, that …. */
const SAYS_THAT_RE = /^\s+(?:only\s+|merely\s+|simply\s+|just\s+)?that\b/iu;
/** "… and there is still no amnesty clause": in a run describing a version, a clause it lacks. */
const THERE_IS_NO_RE =
  /\bthere\s+(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+|again\s+)?no\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const COPULA_RE =
  /^(?:is|was|are|were|has|have|had|been|be|being|will|could|can|may|might|should|must|did|does|do)$/iu;
export function continuedDescriptions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
  described: ReadonlyMap<number, string>,
  sections: ReadonlyMap<number, SectionDefault>,
  out: ProvisionClaim[],
): void {
  let chain: string | null = null;
  let para = -1;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si] as (typeof seg.sentences)[number];
    if (s.paragraph !== para) {
      para = s.paragraph;
      chain = null;
    }
    const stext = text.slice(s.start, s.end);
    if (sections.get(si)?.item || /["“”]/u.test(stext)) {
      chain = null;
      continue;
    }
    const inSent = within(mentions, s.start, s.end);
    const open = openerKey(text, s.start, s.end, stext, inSent, focusAt);
    const opener = open?.key ?? described.get(si) ?? null;
    if (opener !== null) {
      chain = opener;
      // "…, the outline presented by Rubio would have the United States recognise Crimea …": what
      // a version would do is in it, though a party stands between it and the predicate.
      if ((open?.wouldAt !== undefined || open?.core) && !out.some((o) => o.evidence.start === s.start)) {
        const hits = within(issues, open.wouldAt ?? s.start, s.end);
        for (const h of hits) {
          if (isModelOf(text, s.start, h, hits)) continue;
          if (out.some((o) => o.issue === h.issue && o.evidence.start === s.start)) continue;
          out.push({
            proposal: opener,
            issue: h.issue,
            status: 'included',
            summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
            evidence: span(text, s.start, s.end),
            rule: open.core ? 'provision:core' : 'provision:would-subject',
          });
        }
      }
      continue;
    }
    if (
      chain === null ||
      inSent.length > 0 ||
      !CONT_WOULD_RE.test(stext) ||
      CONT_REPORT_RE.test(stext.replace(TRAILING_ATTRIBUTION_RE, '')) ||
      /^\W*(?:if|unless|whether|when)\b/iu.test(stext)
    ) {
      chain = null;
      continue;
    }
    const hits = within(issues, s.start, s.end);
    for (const h of hits) {
      if (isModelOf(text, s.start, h, hits)) continue;
      if (out.some((o) => o.issue === h.issue && o.evidence.start === s.start)) continue;
      const lacks = THERE_IS_NO_RE.test(text.slice(Math.max(s.start, h.start - 50), h.start));
      out.push({
        proposal: chain,
        issue: h.issue,
        status: lacks ? 'dropped' : 'included',
        summary: stext.slice(0, 200).replace(/\s+/g, ' ').trim(),
        evidence: span(text, s.start, s.end),
        rule: 'provision:continued',
      });
    }
  }
}
/** The version a sentence opens with as its subject doing something to its contents, or null. */
function openerKey(
  text: string,
  sStart: number,
  sEnd: number,
  stext: string,
  inSent: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
): { key: string; wouldAt?: number; core?: boolean } | null {
  const first = inSent[0];
  // "Its centrepiece is a promise of …": what a version is built around is in it.
  if (!first && CORE_RE.test(stext)) {
    const key = focusAt(sStart);
    return key === null ? null : { key, core: true };
  }
  // "Its terms go far beyond earlier drafts": a pronoun subject, whatever versions its object names.
  const p0 = OPENER_PRONOUN_RE.exec(stext);
  if (!first || (p0 && first.start >= sStart + p0[0].length)) {
    const p = p0;
    if (!p) return null;
    const verb = (p[2] as string).toLowerCase();
    // "It offered Russia …" (not "It was drafted …", "It said …"); "Its terms go well beyond …".
    if (p[1] && (COPULA_RE.test(verb) || NOT_CONTENT_VERBS.has(verb))) return null;
    const key = focusAt(sStart);
    return key === null ? null : { key };
  }
  // "The 100-day timetable has gone; the draft says only that …": a version opening the clause
  // after a semicolon opens the run as one opening the sentence does.
  const semi = text.lastIndexOf(';', first.start);
  const clauseStart = semi >= sStart ? semi + 1 : sStart;
  if (first.start - clauseStart > 70 || !OPENER_LEAD_RE.test(text.slice(clauseStart, first.start)))
    return null;
  if (inSent.some((mn) => mn.proposal !== first.proposal)) return null;
  // "The 28-point plan, drafted by Witkoff, would have …": past an apposition to the verb.
  const rest = text.slice(first.end, sEnd);
  const after = rest.replace(/^\s*,[^,;]{0,90},/u, '').replace(PARTICIPLE_RE, '');
  const v = /^\s+(?:also\s+|further\s+|then\s+)?(would\s+(?:have\s+)?)?(\p{L}+)/u.exec(after);
  const verb = v?.[2]?.toLowerCase();
  // "the draft says only that a vote should be held …": a text saying something states its content.
  if (v && !v[1] && /^says?$/u.test(verb ?? '') && SAYS_THAT_RE.test(after.slice(v.index + v[0].length)))
    return { key: first.proposal };
  if (!v || !verb || COPULA_RE.test(verb) || NOT_CONTENT_VERBS.has(verb)) return null;
  const at = sEnd - after.length + v.index;
  return v[1] && !/^(?:not|never)$/u.test(verb)
    ? { key: first.proposal, wouldAt: at }
    : { key: first.proposal };
}
