import type { Segmented, Token } from '../segment/index.ts';
import type { IssueHit } from './issues.ts';
import { cuePredicates, NOT_CONTENT_VERBS, versionVerbs } from './provision-predicates.ts';
import { lowerBound, within } from './text.ts';
import type { ProposalMention } from './types.ts';

/**
 * How comparison pieces are laid out, beyond one sentence: an explainer walks through the issues
 * one by one (a heading per issue, or a paragraph opening "On NATO, …" / "What about sanctions?"),
 * and inside each part it sets the versions side by side, often by short names ("the original",
 * "the revision") and pronouns ("It also promised …") rather than by full names. This file reads
 * that layout: the versions the short names stand for, the version a paragraph is about, and the
 * issue each part of the article is about, so that sentences naming no issue cue ("The revised
 * text softens this", "The 19-point version keeps the guarantee") still say which point they touch.
 */

/**
 * "The original envisaged …", "in the original", "the revision is silent on it": a bare noun for
 * a version. The earlier kinds stand for the version the latest revision revises (else the first
 * version named); the newer kinds for the latest revision named before them. A noun after it
 * ("the original demand", "the revision process") makes it a modifier, not a version.
 */
const ELLIPTIC_RE =
  /\b(?:the|its)\s+(original|revision|rewrite|redraft|(?:earlier|older|first|new|newer|revised|later)\s+one)\b/giu;
const EARLIER_KIND_RE = /^(?:original|earlier\s+one|older\s+one|first\s+one)$/iu;
/** Tags after the short name that show it is a head noun, not an adjective before one. */
const AFTER_HEAD_POS = new Set([
  'VERB',
  'AUX',
  'PUNCT',
  'ADP',
  'ADV',
  'CCONJ',
  'SCONJ',
  'PART',
  'PRON',
  'DET',
]);

export function withEllipticMentions(
  text: string,
  tokens: readonly Token[],
  mentionsIn: readonly ProposalMention[],
  isRevision: (key: string) => boolean,
  earlierOf: (key: string) => string | null,
): ProposalMention[] {
  const added: ProposalMention[] = [];
  // "Neither text mentions …", "either draft": no one version is named (the proposal stage may
  // still have taken the phrase for a name).
  const mentions = mentionsIn.filter((mn) => !/^(?:neither|either)\b/iu.test(mn.text));
  const re = new RegExp(ELLIPTIC_RE.source, ELLIPTIC_RE.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (within(mentions, start, end).length > 0) continue;
    // Part of a longer mention ("the original 28-point plan"): the matcher has it already.
    const k0 = lowerBound(mentions, start);
    const prevMn = mentions[k0 - 1];
    if (prevMn && prevMn.end > start) continue;
    const ti = lowerBound(tokens, end);
    const next = tokens[ti];
    if (next && next.start - end <= 2 && !AFTER_HEAD_POS.has(next.pos)) continue;
    const kind = (m[1] as string).toLowerCase();
    let latestRevision: string | null = null;
    let firstNamed: string | null = null;
    for (let k = k0 - 1; k >= 0; k--) {
      const mn = mentions[k] as ProposalMention;
      if (latestRevision === null && (mn.revised || isRevision(mn.proposal))) latestRevision = mn.proposal;
      if (!isRevision(mn.proposal)) firstNamed = mn.proposal;
    }
    let key: string | null;
    if (EARLIER_KIND_RE.test(kind)) {
      const revised = latestRevision ? earlierOf(latestRevision) : null;
      key = revised ?? (firstNamed !== latestRevision ? firstNamed : null);
    } else key = latestRevision;
    if (!key) continue;
    added.push({
      start,
      end,
      text: m[0],
      proposal: key,
      rule: 'elliptic',
      points: null,
      revised: !EARLIER_KIND_RE.test(kind),
    });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What may stand before a version that opens its sentence as the subject. */
const SUBJECT_LEAD_RE =
  /^\W*(?:(?:and|but|so|yet|also|meanwhile|instead|by\s+contrast|in\s+contrast|now|then)[,\s]+)?$|^\W*(?:unlike|compared\s+with|compared\s+to)\s+[^,;]{1,60},\s*$/iu;

/**
 * "The original envisaged taking the assets … It also promised Russia a lifting of sanctions":
 * the version a paragraph's last subject names is what "it" / "the text" stands for in the
 * sentences after it, until another version is named. Only when the latest version named in the
 * paragraph before the offset opens its sentence as the subject; otherwise the focus the proposal
 * stage gives stands.
 */
export function paragraphFocus(
  text: string,
  seg: Segmented,
  mentions: readonly ProposalMention[],
  focusAt: (offset: number) => string | null,
): (offset: number) => string | null {
  return (offset: number) => {
    const pi = lowerBound(seg.paragraphs, offset + 1) - 1;
    const para = seg.paragraphs[pi];
    let k = lowerBound(mentions, offset) - 1;
    const last = mentions[k];
    if (!para || !last || last.start < para.start || last.end > offset) return focusAt(offset);
    const si = lowerBound(seg.sentences, last.start + 1) - 1;
    const s = seg.sentences[si];
    if (!s || s.start >= offset) return focusAt(offset);
    // "Their counter-proposal keeps the skeleton of the US draft …. It says …": a version named
    // in the object does not displace the subject of its sentence; the first mention there is.
    while (k > 0 && (mentions[k - 1] as ProposalMention).start >= s.start) k--;
    const mn = mentions[k] as ProposalMention;
    // The pronoun must be in a later sentence than its antecedent.
    const sAt = seg.sentences[lowerBound(seg.sentences, offset + 1) - 1];
    if (!sAt || sAt.start === s.start) return focusAt(offset);
    if (mn.start - s.start > 70 || !SUBJECT_LEAD_RE.test(text.slice(s.start, mn.start)))
      return focusAt(offset);
    if (/^['’]s\b/u.test(text.slice(mn.end, mn.end + 3))) return focusAt(offset);
    return mn.proposal;
  };
}

/**
 * Which issue each sentence's part of the article is about. A heading paragraph (a few words, no
 * closing stop: "Security guarantees", "The army") or a short question on its own ("What about
 * sanctions?") that names one issue opens a part that runs to the next heading; a paragraph that
 * opens "On NATO, …", "As for sanctions, …" or with a question naming one issue is about it to
 * its end. A heading naming no issue, or several, ends the part.
 */
const TOPIC_OPEN_RE =
  /^\W*(?:on|as\s+for|as\s+to|regarding|turning\s+to|when\s+it\s+comes\s+to)\s+[^,;:.]{1,60}[,:]/iu;
const TOPIC_QUESTION_RE = /^\W*(?:what\s+about|and|how\s+about|what\s+of)\s+[^?]{1,60}\?\s*$/iu;

export function issueTopics(text: string, seg: Segmented, issues: readonly IssueHit[]): Map<number, string> {
  const out = new Map<number, string>();
  let topic: string | null = null;
  let paraTopic: string | null = null;
  let lastPara = -1;
  const single = (from: number, to: number): string | null => {
    const kinds = new Set(within(issues, from, to).map((h) => h.issue));
    return kinds.size === 1 ? ([...kinds][0] as string) : null;
  };
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si] as (typeof seg.sentences)[number];
    const para = seg.paragraphs[s.paragraph];
    if (!para) continue;
    if (s.paragraph !== lastPara) {
      lastPara = s.paragraph;
      paraTopic = null;
      const whole = text.slice(para.start, para.end).trim();
      // The headline is the first paragraph: it heads the whole piece, not a part.
      const heading =
        s.paragraph > 0 &&
        whole.length <= 60 &&
        whole.split(/\s+/u).length <= 7 &&
        /^[\p{Lu}"“]/u.test(whole) &&
        (!/[.!:;,"”]$/u.test(whole) || false);
      const question = s.paragraph > 0 && whole.length <= 60 && /\?$/u.test(whole);
      if (heading || question) {
        topic = heading || TOPIC_QUESTION_RE.test(whole) ? single(para.start, para.end) : null;
        if (heading && /\?$/u.test(whole) && !TOPIC_QUESTION_RE.test(whole)) topic = null;
        continue;
      }
      const stext = text.slice(s.start, s.end);
      const open = TOPIC_OPEN_RE.exec(stext);
      if (open) paraTopic = single(s.start, s.start + open[0].length);
      else if (TOPIC_QUESTION_RE.test(stext)) {
        paraTopic = single(s.start, s.end);
        continue;
      }
    }
    const t = paraTopic ?? topic;
    if (t) out.set(si, t);
  }
  return out;
}

/** A sentence whose subject is one or more versions, a pronoun for one, or a group of them. */
const PRONOUN_OR_GROUP_RE =
  /^\W*(?:(?:and|but|also|instead|meanwhile|however|by\s+contrast)[,\s]+)?(?:it|the\s+(?:document|text|draft|proposal|plan|framework)|both(?:\s+(?:drafts|versions|texts|plans|documents|proposals))?|all\s+three|each)\b/iu;

const REPORT_GAP_RE =
  /[;:]|\b(?:says?|said|told|tells|argues|argued|insists|insisted|believes|believed|thinks|thought|wants|wanted|warns|warned|claims|claimed)\b/iu;
/**
 * Stand-in cues for sentences in an issue's part that name no issue themselves but have a version
 * (or "it", "both versions") doing something to its contents: "The revised text softens this",
 * "The 19-point version keeps the guarantee", "The revision is silent on it". The stand-in sits
 * on the word after the first content predicate (its object), so that predicate governs it.
 */
export function topicStandIns(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  topics: ReadonlyMap<number, string>,
): IssueHit[] {
  const added: IssueHit[] = [];
  for (const [si, issue] of topics) {
    const s = seg.sentences[si];
    if (!s) continue;
    if (within(issues, s.start, s.end).length > 0) continue;
    const stext = text.slice(s.start, s.end);
    if (/["“”?]/u.test(stext)) continue;
    const inSent = within(mentions, s.start, s.end);
    const first = inSent[0];
    // The version must be the sentence's subject ("Moscow says the revised text concedes too
    // little" is a party's view, not the text's contents).
    const opensWith =
      first !== undefined &&
      first.start - s.start <= 60 &&
      (SUBJECT_LEAD_RE.test(text.slice(s.start, first.start)) ||
        /^\W*[^,;:]{0,45},\s*$/u.test(text.slice(s.start, first.start)));
    const pronoun = opensWith ? null : PRONOUN_OR_GROUP_RE.exec(stext);
    if (!opensWith && !pronoun) continue;
    const preds = cuePredicates(text, s.start, stext);
    versionVerbs(text, s.start, s.end, inSent, seg.tokens, preds);
    const subjEnd = opensWith && first ? first.end : s.start + (pronoun?.[0].length ?? 0);
    const p = preds.find(
      (q) =>
        !q.noun && q.start >= subjEnd && !NOT_CONTENT_VERBS.has(text.slice(q.start, q.end).toLowerCase()),
    );
    if (!p) continue;
    // Its own predicate, not one a report or another subject stands before ("It says the
    // framework offers nothing": "it" is the party speaking).
    const gap = text.slice(subjEnd, p.start);
    if (REPORT_GAP_RE.test(gap) || within(mentions, subjEnd, p.start).length > 0) continue;
    // A version named between the subject and the predicate's object is the object ("keeps the
    // architecture of the 28-point plan"): the point is not the part's issue.
    const obj = /^\s*([\p{L}\p{N}'’-]+)/u.exec(text.slice(p.end, s.end));
    if (!obj) {
      // "X survives." / "The revision is silent on it." end on the predicate: the stand-in is the predicate's end.
      added.push({ start: p.end, end: p.end, issue });
      continue;
    }
    const at = p.end + obj.index + (obj[0].length - (obj[1] as string).length);
    if (within(mentions, p.end, at + (obj[1] as string).length).length > 0) continue;
    added.push({ start: at, end: at + (obj[1] as string).length, issue });
  }
  if (added.length === 0) return [...issues];
  return [...issues, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Where a point came from: "raised to 800,000, a figure first floated in a European counter-
 * proposal", "…, the same figure Britain and France had put in their counter-proposal", "…, as the
 * European counter-proposal had also suggested". Comparison pieces credit a point to the version
 * that had it first; that version contains the point the sentence names before the attribution.
 */
const ORIGIN_RE =
  /,\s+(?:(?:a|an|the\s+same|the)\s+(?:figure|number|idea|formula|wording|compromise|approach|solution|level|ceiling|limit|arrangement|mechanism)\s+(?:(?:that\s+|which\s+)?(?:had\s+)?(?:first\s+|originally\s+|also\s+|already\s+|earlier\s+)?(?:floated|appeared|proposed|suggested|put\s+forward|used|set\s+out|included|found|contained)\s+(?:in|by)|(?:that\s+|which\s+)?[^;.]{1,60}?\s+had\s+(?:also\s+|first\s+|already\s+)?(?:put|proposed|suggested|floated|set\s+out|included|written)\s+(?:in|into))|as(?=\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?[^,;.]{0,40}?\s+had\s+(?:also\s+|already\s+|first\s+)?(?:suggested|proposed|envisaged|done|provided|floated)))\s+/iu;

export function originAttributions(
  text: string,
  seg: Segmented,
  issues: readonly IssueHit[],
  mentions: readonly ProposalMention[],
  out: { proposal: string; issue: string; status: string; evidence: { start: number } }[],
  make: (proposal: string, issue: string, sStart: number, sEnd: number) => void,
): void {
  for (const s of seg.sentences) {
    const inSent = within(mentions, s.start, s.end);
    if (inSent.length === 0) continue;
    const stext = text.slice(s.start, s.end);
    if (stext.indexOf(',') < 0) continue;
    const m = ORIGIN_RE.exec(stext);
    if (!m) continue;
    const at = s.start + m.index;
    const end = at + m[0].length;
    // The version credited: named right after the attribution (or after "as", before "had").
    const mn = inSent.find((x) => x.start >= end - 1 && x.start - end <= 45);
    if (!mn) continue;
    const kinds = new Set(within(issues, s.start, at).map((h) => h.issue));
    if (kinds.size === 0 || kinds.size > 2) continue;
    for (const issue of kinds) {
      if (out.some((o) => o.proposal === mn.proposal && o.issue === issue && o.evidence.start === s.start))
        continue;
      make(mn.proposal, issue, s.start, s.end);
    }
  }
}
