import type { ListedPoints } from './provision-listed.ts';

/**
 * Points said to be carried over unchanged, in a sentence that names no version: "Points that have
 * not changed include the prisoner exchange and the nuclear plant", "Left untouched are the
 * amnesty and …". The text under discussion (its newest version) holds each point listed after
 * the subject; provision-implied.ts then reads the same sentence as saying the earlier version
 * held it too. The list must open the sentence (after at most "X said"): "Kyiv fears Moscow will
 * reopen the points that have not changed" is no such list.
 */
const UNCHANGED_LIST_RE =
  /\b(?:(?:points?|provisions?|clauses?|elements?|parts?|sections?|terms?|items?)\s+(?:that\s+|which\s+)?(?:have|has|had|did|do|does)\s+not\s+(?:been\s+)?chang(?:e|ed)|(?:points?|provisions?|clauses?|elements?|parts?|sections?|terms?|items?)\s+(?:that\s+|which\s+)?(?:remain|remained|stay|stayed|were\s+left|are\s+left)\s+(?:unchanged|untouched|intact|as\s+(?:they\s+were|before))|(?:unchanged|untouched|left\s+intact|left\s+as\s+(?:it\s+was|they\s+were))\s+(?:are|is|were|was))\s*(?:include|includes|included|are|were|is|was|:)?/iu;
/** What may stand before the list: nothing, "the", or a short attribution ("Officials said …"). */
const LIST_LEAD_RE =
  /^\W*(?:(?:the\s+)?$|[^,;]{0,60}?\b(?:said|say|says|told\s+\p{L}+)\s+(?:that\s+)?(?:the\s+)?$|according\s+to\s+[^,;]{1,60},\s+(?:the\s+)?$)/iu;

export function unchangedPoints(text: string, sStart: number, sEnd: number): ListedPoints | null {
  const stext = text.slice(sStart, sEnd);
  const m = UNCHANGED_LIST_RE.exec(stext);
  if (!m || !LIST_LEAD_RE.test(stext.slice(0, m.index))) return null;
  return { from: sStart + m.index + m[0].length, to: sEnd, status: 'included', rule: 'provision:unchanged' };
}
