/**
 * Cookie and consent banners. Text extracted from a page often starts (or ends) with the consent dialog:
 * a heading ("We value your privacy"), a long paragraph about cookies and partners, and its buttons
 * ("Accept all", "Reject all", "Manage preferences"). The paragraph is long and well punctuated, so it
 * needs its own test: it talks about cookies (or tracking technologies) AND about what the site does with
 * them or what the reader can choose. A news sentence about cookies would rarely do both.
 */

import { wordCount } from './normalize.ts';

// "Legitimate interest" is the consent-law term for processing without consent: the dialog's second
// paragraph ("… your right to object where legitimate interest is used …") uses it without naming cookies.
const TOPIC =
  /\bcookies?\b|\btracking technologies\b|\bsimilar technologies\b|\bpersonal data\b|\blegitimate interests?\b/i;
const ACTION =
  /\b(?:we|our (?:partners|site|website)|this (?:site|website))\b.*\b(?:use|store|access|process|collect|personali[sz]e|measure)\b|\b(?:consent|your (?:choices|preferences|device)|by (?:continuing|clicking|using)|privacy (?:settings|policy|choices))\b/i;

/** Buttons and headings of a consent dialog, on a line of their own. */
const CONTROL =
  /^(?:we (?:value|care about|respect) your privacy|your privacy(?: choices| matters| settings)?|(?:accept|reject|allow|refuse|decline) (?:all|cookies|all cookies|necessary(?: cookies)?)|(?:manage|customi[sz]e|cookie|privacy) (?:preferences|settings|options|choices)|(?:i )?(?:accept|agree|got it|ok(?:ay)?, got it)|necessary cookies only|consent)$/i;

export function isConsent(text: string, words = wordCount(text)): boolean {
  if (words <= 6 && CONTROL.test(text.replace(/[\s.!:]+$/, ''))) return true;
  // A cheap gate first (this runs on every line): the word stems TOPIC needs, in any case.
  if (
    words > 120 ||
    !(
      text.includes('ookie') ||
      text.includes('echnologies') ||
      text.includes('ersonal data') ||
      text.includes('egitimate interest')
    )
  )
    return false;
  return TOPIC.test(text) && ACTION.test(text);
}
