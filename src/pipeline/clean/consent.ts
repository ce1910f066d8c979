/**
 * Cookie and consent banners. Text extracted from a page often starts (or ends) with the consent dialog:
 * a heading ("We value your privacy"), a long paragraph about cookies and partners, and its buttons
 * ("Accept all", "Reject all", "Manage preferences"). The paragraph is long and well punctuated, so it
 * needs its own test: it talks about cookies (or tracking technologies) AND about what the site does with
 * them or what the reader can choose. A news sentence about cookies would rarely do both.
 */

import { type Entry, remove } from './entry.ts';
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

/** A consent dialog's heading or button, as the line rules saw it. */
function isControl(e: Entry | undefined): boolean {
  return e !== undefined && wordCount(e.text) <= 6 && CONTROL.test(e.text.replace(/[\s.!:]+$/, ''));
}

/**
 * The dialog's paragraph worded without "cookies" ("… store and read information on your device …"):
 * whatever it says, one to three lines framed in their block by the dialog's own heading above
 * ("Your privacy choices") and its buttons below ("Accept all") belong to the dialog. A paragraph of the
 * story is not set between "Your privacy choices" and "Accept all". Linear: each line is looked at once
 * as the start of a run and the run is at most three lines.
 */
export function markConsentDialogs(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const top = entries[i - 1] as Entry;
    const e = entries[i] as Entry;
    if (e.block !== top.block || !isControl(top) || isControl(e)) continue;
    let j = i;
    while (j < i + 3 && entries[j + 1]?.block === e.block && !isControl(entries[j + 1])) j++;
    const bottom = entries[j + 1];
    if (bottom?.block !== e.block || !isControl(bottom)) continue;
    for (let k = i; k <= j; k++) {
      const r = entries[k] as Entry;
      if (r.state !== 'removed' && wordCount(r.text) <= 120) remove(r, 'prompt');
    }
    i = j;
  }
}

/**
 * A bilingual consent banner: the same notice in the site's own language next to the English one
 * ("Nous utilisons des cookies pour …" / "We use cookies to …"). The English line is recognised above;
 * its twin is the line beside it in the same block, with no blank line between, that names cookies too
 * and is about as long (a translation runs 0.6 to 1.6 times the words). A paragraph of a story about
 * cookies is not set against a consent line at the same length; it also reports who said what.
 * Linear: each consent line looks at its two neighbours only.
 */
export function markConsentTwins(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'prompt' || wordCount(e.text) < 8 || !isConsent(e.text)) continue;
    const words = wordCount(e.text);
    for (const n of [entries[i - 1], entries[i + 1]]) {
      if (n === undefined || n.block !== e.block || Math.abs(n.index - e.index) !== 1) continue;
      if (n.state === 'removed' || !/cookie/i.test(n.text) || /\b(?:said|says|told)\b/.test(n.text)) continue;
      const ratio = wordCount(n.text) / words;
      if (ratio >= 0.6 && ratio <= 1.6) remove(n, 'prompt');
    }
  }
}
