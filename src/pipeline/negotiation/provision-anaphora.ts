import type { IssueHit } from './issues.ts';
import { span, summaryOf } from './text.ts';
import type { ProposalMention, ProvisionClaim } from './types.ts';

/**
 * A removal told by pointing back: "The original plan would have had Ukraine leave Donetsk; the
 * revised text no longer says so", "… but the new draft does not include that." The negated verb's
 * object ("so", "that", "it") is the clause before it, so each issue cue of that clause is out of
 * the version that is the pointing clause's subject. "that" must end the clause: in "does not say
 * that Ukraine must …" it opens a clause of its own and points nowhere.
 */
const POINT_BACK_RE =
  /\b(?:no\s+longer|(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+(?:say|says|require|requires|include|includes|contain|contains|demand|demands|mention|mentions|provide\s+for|provides\s+for|call\s+for|calls\s+for|ask\s+for|asks\s+for)\s+(?:so|that|this|it|any\s+of\s+(?:that|this|it))(?=\s*(?:[,.;:—–)"”]|$)|\s+(?:and|but|either|any\s*more)\b)/iu;
/** The start of the pointing clause: the last semicolon, dash, or ", but" / ", while" / ", and" before it. */
const CLAUSE_BREAK_RE =
  /(?:;|\s[—–]\s|,\s+(?:but|while|whereas|and|yet)\s+|\bbut\s+)(?![^;—–]*(?:;|\s[—–]\s|,\s+(?:but|while|whereas|and|yet)\s+|\bbut\s+))/iu;

/**
 * The clause that points back, ending at `at` (its verb): it starts after the last clause break,
 * and its subject is a version named at its head, right before the verb (an adverb between them
 * allowed). Returns the version it edits and where the break is, or null. The clause pointed back
 * to must be about another version (or none): a version is no revision of itself.
 */
function pointingClause(
  text: string,
  sStart: number,
  at: number,
  inSent: readonly ProposalMention[],
  editedVersion: (key: string | null, at: number) => string | null,
): { key: string; breakAt: number; clauseStart: number } | null {
  const brk = CLAUSE_BREAK_RE.exec(text.slice(sStart, at));
  if (!brk) return null;
  const breakAt = sStart + brk.index;
  const clauseStart = breakAt + brk[0].length;
  const subj = inSent.find((mn) => mn.start >= clauseStart && mn.end <= at && mn.start - clauseStart <= 4);
  if (!subj || !/^\s*(?:\p{L}+ly\s+|also\s+|now\s+|then\s+|in\s+turn\s+)?$/iu.test(text.slice(subj.end, at)))
    return null;
  const key = editedVersion(subj.proposal, sStart);
  if (!key || inSent.some((mn) => mn.end <= breakAt && mn.proposal === key)) return null;
  return { key, breakAt, clauseStart };
}

export function pointedBackRemovals(
  text: string,
  sStart: number,
  sEnd: number,
  hits: readonly IssueHit[],
  inSent: readonly ProposalMention[],
  out: ProvisionClaim[],
  seen: Set<string>,
  editedVersion: (key: string | null, at: number) => string | null,
): void {
  const stext = text.slice(sStart, sEnd);
  const m = POINT_BACK_RE.exec(stext);
  if (!m) return;
  const pc = pointingClause(text, sStart, sStart + m.index, inSent, editedVersion);
  if (!pc) return;
  const { key, breakAt } = pc;
  for (const h of hits) {
    if (h.end > breakAt) continue;
    const k = `${key}|${h.issue}|${sStart}`;
    if (seen.has(`${k}|dropped`)) continue;
    seen.add(`${k}|dropped`);
    out.push({
      proposal: key,
      issue: h.issue,
      status: 'dropped',
      summary: summaryOf(text, sStart, sEnd),
      evidence: span(text, sStart, sEnd),
      rule: 'provision:pointed-back',
    });
  }
}

/**
 * An edit told by pointing back: "The Geneva framework put a ceiling of 800,000 on the army; the
 * December draft loosened that cap", "…, and the new text keeps that figure". The verb's object is a
 * demonstrative ("that cap", "this clause", "it") standing for what the clause before named, so each
 * issue cue of that clause takes the verb's status in the version that is the pointing clause's
 * subject: changed (loosened, raised, rewrote), kept (keeps, retains: included) or dropped (scrapped,
 * removed). An object with an issue cue of its own is read by the ordinary predicates instead.
 */
const EDIT_BACK_RE =
  /\b(?:(loosen(?:s|ed)?|soften(?:s|ed)?|rais(?:es|ed)|lower(?:s|ed)?|tighten(?:s|ed)?|narrow(?:s|ed)?|eas(?:es|ed)|rewr(?:ites|ote)|reword(?:s|ed)?|amend(?:s|ed)?|chang(?:es|ed)|alter(?:s|ed)?|qualif(?:ies|ied))|(keeps?|kept|retain(?:s|ed)?|preserv(?:es|ed)|carr(?:ies|ied)\s+over)|(drop(?:s|ped)|scrap(?:s|ped)|remov(?:es|ed)|delet(?:es|ed)|str(?:ikes|uck)\s+out))\s+(?:(?:that|this|the\s+same)\s+(?:cap|ceiling|limit|clause|provision|point|passage|wording|language|requirement|ban|bar|pledge|commitment|figure|number|promise|guarantee|section|arrangement)|it|them)\b/iu;

export function pointedBackEdits(
  text: string,
  sStart: number,
  sEnd: number,
  hits: readonly IssueHit[],
  inSent: readonly ProposalMention[],
  out: ProvisionClaim[],
  seen: Set<string>,
  editedVersion: (key: string | null, at: number) => string | null,
): void {
  const stext = text.slice(sStart, sEnd);
  const m = EDIT_BACK_RE.exec(stext);
  if (!m) return;
  const at = sStart + m.index;
  const objEnd = at + m[0].length;
  const pc = pointingClause(text, sStart, at, inSent, editedVersion);
  if (!pc) return;
  const { key, breakAt, clauseStart } = pc;
  // "… raised that cap on the army": the object names its own issue.
  if (hits.some((h) => h.start >= at && h.start < objEnd + 40 && h.start > clauseStart)) return;
  const status = m[1] ? 'changed' : m[2] ? 'included' : 'dropped';
  const issues = [...new Set(hits.filter((h) => h.end <= breakAt).map((h) => h.issue))];
  for (const issue of issues) {
    const k = `${key}|${issue}|${sStart}`;
    if (seen.has(`${k}|${status}`)) continue;
    seen.add(`${k}|${status}`);
    out.push({
      proposal: key,
      issue,
      status,
      summary: summaryOf(text, clauseStart, sEnd),
      evidence: span(text, sStart, sEnd),
      rule: 'provision:pointed-back-edit',
    });
  }
}
