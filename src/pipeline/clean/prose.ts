/**
 * What article text looks like, line by line: sentence-final punctuation, a paragraph's shape, sentence
 * case. Used by the line rules (lines.ts), by the block rules (title, fact boxes) and by paragraph assembly.
 */

import { wordCount } from './normalize.ts';

/**
 * Sentence-final punctuation, possibly followed by closing quotes or brackets, and by a footnote's mark
 * ("… on loan repayments.¹", "… in 2019.[3]", "… the plan.†"): the note's number is set after the stop,
 * and a sentence carrying one is still a sentence.
 */
export const TERMINAL = /[.!?:;…]["”’')\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\]|[†‡])?$|["”’]$/;

/** A word of three letters or more in lower case: sentence-case text, not a name or a masthead. */
export const LOWER_WORD = /(?:^|[\s(\-–—"“‘'])\p{Ll}\p{L}{2}/u;

/**
 * Clearly a paragraph of article text: several words and a sentence end, or long enough on its own.
 * A short line whose every word is capitalised ("Our Standards: The Trust Principles.") is a label or a
 * link even with a full stop, so it is left "short" for its neighbours to judge.
 */
export function isProse(text: string, words = wordCount(text)): boolean {
  if (words >= 25) return true;
  // A paragraph the scraper cut off mid-sentence ("… that Israel rejects. Without a force on the ground,
  // the plan remains"): no end punctuation, but a sentence ends inside it, which menus and headline
  // lists never do ("U.S." is not a sentence end: a capital precedes its stop).
  if (words >= 12 && /\p{Ll}{2}[.!?]["”’]?\s+["“]?\p{Lu}\p{Ll}/u.test(text) && !allCapitalised(text))
    return true;
  return words >= 3 && TERMINAL.test(text) && /\p{Ll}/u.test(text) && (words >= 12 || !allCapitalised(text));
}

/** Every word of three letters or more starts with a capital (or a digit). */
function allCapitalised(text: string): boolean {
  return !/(?:^|[\s(\-–—"“‘'])\p{Ll}\p{L}{2}/u.test(text);
}
