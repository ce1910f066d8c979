/**
 * Newsletter chrome. Pages made from e-mail newsletters carry the greeting ("Welcome back to …, our
 * weekly briefing"), forwarding and sign-up prompts ("Forwarded this? Sign up here"), sponsor lines
 * ("This edition is brought to you by …", "A message from our sponsor") and mail footers ("You are
 * receiving this email because …", "View in browser"). Each is recognised by its phrasing.
 */

import { wordCount } from './normalize.ts';

const GREETING =
  /^(?:(?:hello|hi|hey|good (?:morning|afternoon|evening)|happy \p{L}+)[\s,!]*(?:and\s+)?)?welcome (?:back )?to\b.*\b(?:newsletter|briefing|bulletin|digest|edition|roundup|round-up|dispatch|report|letter)\b/iu;

/** A greeting to the readership and a welcome: "Hi all, and welcome to the new subscribers who …". */
const READERS_WELCOME =
  /^(?:hello|hi|hey|good (?:morning|afternoon|evening)|dear)\s+(?:all|everyone|everybody|friends|folks|readers|subscribers|there)\b[\s,!]*(?:and\s+)?welcome\b|\bwelcome (?:back )?to (?:the |all (?:the )?|our )?(?:[\p{L}\d-]+ ){0,2}new (?:subscribers|readers|members)\b/iu;

const MAIL =
  /\b(?:forwarded (?:this|to you)|was this (?:email|newsletter) forwarded|(?:receiving|received) this (?:email|newsletter|message) because|view (?:this email |it )?in (?:your )?browser|reply to this (?:email|newsletter)|manage (?:your )?subscriptions?|update your (?:email )?preferences|unsubscribe)\b/i;

const SPONSOR =
  /\b(?:(?:is|are|was) (?:brought to you|sponsored|presented|supported|made possible) by|(?:this|today['’]s|this week['’]s) (?:newsletter|edition|issue|episode) is (?:brought|sponsored|presented))\b/i;

/**
 * The contents line that follows the greeting: "Here's what we have for you today: …", "So, here is what
 * is on offer this week: …". A colon must follow, so an article's "Here is what we know" stays.
 */
const CONTENTS =
  /^(?:(?:so|well|now|ok(?:ay)?|anyway)\s*,?\s+)?here(?:['’]s| is) what\b.{0,50}?\b(?:for you|on offer|lined up|in store|on the menu|in (?:this|today['’]s|this week['’]s) (?:issue|edition|newsletter))\b[^:]{0,30}:/i;

/**
 * A heading that announces a sponsor's message: what follows it in the same block is the advert. Also
 * the advert label with the advertiser's name after a separator ("Sponsored · SolarHome Direct"): a name,
 * not a sentence, so "Sponsored: This gadget is selling out everywhere" is an item of its own.
 */
const SPONSOR_HEADING =
  /^(?:a )?(?:message|word) from (?:our|this week['’]s|today['’]s)? ?sponsors?|^(?:presented|sponsored|brought to you) by\b|^(?:partner|sponsor(?:ed)?) (?:content|message)$|^from our (?:sponsors?|partners?)$/i;
/** Case-sensitive, so that the advertiser's name must be capitalised words. */
const SPONSOR_LABEL =
  /^(?:[Ss]ponsored|SPONSORED|[Pp]romoted|PROMOTED|[Aa]dvertisement|ADVERTISEMENT|[Pp]aid (?:content|partnership)|[Pp]artner content)\s*[·•|–—]\s*(?:\p{Lu}[\p{L}\d&'’.-]*\s?){1,4}$/u;

/** Stems one of the patterns needs, in either case: lines without any are not tested (runs on every line). */
const GATE =
  /ere['’]s what|ere is what|elcome|ELCOME|orward|eceiv|rowser|eply to|ubscri|references|rought to|ponsor|resented|upported|ade possible/;

export function isNewsletterChrome(text: string, words = wordCount(text)): boolean {
  if (words > 60 || !GATE.test(text)) return false;
  return (
    GREETING.test(text) ||
    READERS_WELCOME.test(text) ||
    CONTENTS.test(text) ||
    MAIL.test(text) ||
    (words <= 30 && SPONSOR.test(text))
  );
}

/**
 * The pitch of a sign-up box ("Sign up for Global Brief: our editors' pick of the week, every Friday.",
 * "The Balkans Brief: a weekly letter from our correspondents. Free, every Tuesday."). Read as prose on
 * its own; index.ts removes it only next to an e-mail field in the same block, which is the box's shape.
 */
const PITCH =
  /\b(?:sign(?:ing)? up|subscribe|newsletter|inbox|briefing|digest|weekly|daily|free|every (?:day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

export function isSignupPitch(text: string, words = wordCount(text)): boolean {
  return words <= 40 && PITCH.test(text);
}

/**
 * The small print under a sign-up box's button ("Privacy notice: newsletters may contain …", "By signing up
 * you agree to …"). Prose on its own, so like the pitch it is removed only inside a box (index.ts).
 */
const SMALL_PRINT =
  /^(?:privacy (?:notice|policy|information)\s*[:.-]|by (?:signing up|subscribing|clicking|registering|entering your e-?mail)\b)|\b(?:unsubscribe at any time|you can (?:opt out|unsubscribe))\b/i;

/**
 * Under an e-mail field, any line that points the reader to the privacy policy or says what is done with
 * their data ("Read how we handle your data in our Privacy Policy.", "We use your sign-up to send you
 * content in ways you've consented to …", "… offers from 3rd parties") is the box's small print: only
 * asked of lines beside the field (markSignupBoxes), where a story's paragraph does not stand.
 */
const DATA_NOTE =
  /\b(?:privacy (?:policy|notice|statement)|your (?:personal )?data|(?:you(?:['’]ve| have) )?consented to|(?:with|without) your consent|(?:third|3rd)[- ]part(?:y|ies))\b/i;

export function isSignupSmallPrint(text: string, words = wordCount(text)): boolean {
  return words <= 40 && (SMALL_PRINT.test(text) || DATA_NOTE.test(text));
}

export function isSponsorHeading(text: string, words = wordCount(text)): boolean {
  if (words > 8) return false;
  const bare = text.replace(/[\s:.]+$/, '');
  return SPONSOR_HEADING.test(bare) || SPONSOR_LABEL.test(bare);
}
