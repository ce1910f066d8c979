/**
 * The site talking about the page rather than the story: how the text was made ("Translated from
 * Ukrainian.", "This article was drafted with the help of an AI tool …"), where else to read it (an app
 * banner: "Open in the X app", "… free on iOS and Android"), what it costs to keep reading (a paywall
 * pitch), what the reader thinks of it ("How do you feel about this news?") and who publishes it (an
 * imprint with a company registration number). Each reads like a sentence, so the prose test lets it
 * through; its shape gives it away. Every pattern is anchored or gated on a rare stem: this runs on
 * every line.
 */

import { wordCount } from './normalize.ts';

/**
 * How the text was produced: a translation note at the start of a line ("Translated from Ukrainian.",
 * "Translated by …"), or "This article/text was <made> … with the help of / using / by" an AI tool or a
 * machine. A story sentence about translation ("The text was translated into Russian") starts otherwise.
 * Also the page calling itself a translation: "This article is a translation of an original article in
 * French." (the article, not a document of the story, is the subject, and nothing comes before it).
 */
const PROVENANCE =
  /^(?:(?:[Mm]achine[- ])?[Tt]ranslated (?:from (?:the )?\p{Lu}|by\s)|[Tt]his (?:article|story|text|report|piece|content|page) is (?:an? )?(?:(?:automated|automatic|machine|AI|abridged|edited|partial|full|English|\p{Lu}\p{Ll}+) )?translation (?:of|from)\s|[Tt]his (?:article|story|text|report|piece|summary|content|page) (?:was|has been|is|were) (?:\p{Ll}+ ){0,2}(?:translated|drafted|written|generated|produced|created|prepared|summari[sz]ed|edited)\b(?:.{0,80}?\b(?:with the (?:help|assistance|support) of|using|by) (?:an? |the )?(?:AI|artificial intelligence|machine|automated|generative|large language)|(?: \p{Ll}+)? from (?:the )?\p{Lu}\p{Ll}+(?:[.,]| with| and| by)))/u;

/**
 * An app banner: "Open in the X app", "Get alerts on … in the X app. Download ›" (an imperative that
 * ends on the app), or the store pitch under it, which ends the line ("… free on iOS and Android."). "The
 * alert app, free on iOS and Android, has been downloaded a million times" goes on, and stays.
 */
const APP =
  /^(?:open|read|continue|get\b.{0,60}?)\s(?:(?:in|on|with) )?(?:the |our )?(?:\S+ ){0,3}app\b(?:[.!]?\s*(?:download|install|open|get it)\b.{0,3})?[.!]?$|\b(?:free|available|download(?: it)?) (?:on|for|from|in) (?:iOS|Android|the App Store|Google Play)(?: (?:and|or|&) (?:iOS|Android|the App Store|Google Play))?[.!]?$/i;
const APP_GATE = /\bapp\b|iOS|Android|App Store|Google Play/i;
/**
 * An app banner that names the page and gives a reason: "Open this story in the X app for faster loading
 * and offline reading." — an imperative opening the line, "this story/article" (the page itself) as its
 * object, the app as the place, then at most a short "for …" or "to …" clause. A story's sentence about an
 * app says who opened what ("Users could open the report in the ministry's app").
 */
const APP_THIS_PAGE =
  /^(?:open|read|continue|view|see) (?:this|the full) (?:story|article|page|piece|report) (?:in|on|with) (?:the |our )?(?:\S+ ){0,3}app\b(?: (?:for|to)\b[^.!?]{0,80})?[.!]?$/i;

/**
 * The pitch of a paywall: reading on AND paying for it in one line ("To keep reading all of our
 * coverage, you will need a subscription", "Subscribe to continue reading"). Either alone can be news.
 */
const READ_ON =
  /\b(?:to (?:keep|continue) reading|unlimited (?:(?:digital|online|web) )?(?:access|reading)|read (?:on|more) (?:with|for))\b/i;
/**
 * A price per period ("$1 a week", "£4.99 per month", "€2/month", "CHF 24.90 per month"): the currency as
 * a sign or as a code in capitals on either side of the amount. Case-sensitive on purpose (a code is in
 * capitals: "for 1 a day" is not a price), so the period's words spell both cases.
 */
const PRICE_PER =
  /(?:(?:[$£€]\s?|\b[A-Z]{3} )\d+(?:[.,]\d\d)?|\b\d+(?:[.,]\d\d)?\s?(?:[$£€]|[A-Z]{3}\b))\s?(?:[Aa]|[Pp]er|\/)\s?(?:[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)\b/;
const PAY_WORD =
  /\bsubscri(?:be|ption|ber)|\bsign (?:in|up)\b|\blog ?in\b|\bregister\b|\baccount\b|\bmembership\b|\bcancel any ?time\b/i;
/**
 * Paying: a subscription word, or the shape of an offer — a price per period or the small print "Cancel
 * anytime", which only a subscription offer carries.
 */
const pays = (text: string): boolean => PAY_WORD.test(text) || PRICE_PER.test(text);

/**
 * A subscription offer with no "keep reading" in it ("Exclusive offer: 12 months of digital access for $1
 * a week. Cancel anytime."): a price per period together with an offer's other mark — access sold,
 * "cancel anytime", a subscription word or the word "offer". A story quoting a price per week ("fuel
 * at $4 a week more") has none of the others, and one reporting an offer says who said it.
 */
const OFFER_CUE =
  /\bcancel any ?time\b|\b(?:digital|unlimited|full|premium|online) access\b|\b(?:exclusive|special|introductory|limited[- ]time) offer\b|\bsubscri(?:be|ption)\b/i;

/**
 * A reaction widget's question to the reader about the page itself: "How do you feel about this news?",
 * "What did you think of this article?". A question in a story is about the events, not "this article".
 */
const REACTION =
  /^(?:how|what|did|do|does|was|were|would)\b[^.!?]{0,40}\byou\b[^.!?]{0,30}\bthis (?:news|article|story|piece|report|post)\?$/i;

/**
 * An imprint: a company or charity registration number ("registered in England and Wales no. 0912…",
 * "Company no. HE 4021", "… is a registered charity (No. 1109876).").
 */
const IMPRINT =
  /\b(?:registered (?:in \p{Lu}[\p{L} ]{1,40}?|office\b.{0,80}?|as an? .{0,40}?)(?:,? (?:under )?(?:company )?(?:no\.?|number|reg(?:istration)?\.? no\.?))\s*[A-Z]{0,3}\s*\d{4,}|\bcompany (?:no\.?|number|registration(?: number)?)\s*:?\s*[A-Z]{0,3}\s*\d{4,}|\b[Rr]egistered charity\b[^.]{0,30}?(?:[Nn]o\.?|[Nn]umber)\s*:?\s*[A-Z]{0,3}\s*\d{4,})/u;

/**
 * A wire service's terms of use for the text: an embargo label opening the line ("Embargo: none.",
 * "EMBARGOED UNTIL 00:01 GMT"), or who may print it ("For use by subscribing media only", "Not for
 * redistribution", "Redistribution prohibited"). A story about an embargo on goods says who imposed it;
 * these lines address the client and name no one.
 */
const USAGE =
  /^embargo(?:ed)?(?: until\b[^.]{0,40}|\s*:[^.]{0,40})(?:\.|$)|\bfor (?:use|publication) by (?:subscribing|licensed|authori[sz]ed) (?:media|clients|customers|subscribers)(?: only)?\b|\b(?:redistribution|republication|reproduction) (?:is )?(?:strictly )?(?:prohibited|not permitted|forbidden)\b|^not for (?:publication|redistribution|broadcast)\b/i;

/**
 * A paywall's notice about this very page: the page labelled as locked ("Subscriber-only article",
 * "Members only"), how much of it is left behind the wall ("You still have 62% of this article to read.
 * The rest is reserved for subscribers."), the log-in offer to those who pay ("Already a subscriber? Log
 * in") and an aggregator's warning ("This story is from a subscription source. You may need a
 * subscription to read the full article."). A story about subscriptions names who sells them to whom.
 * Gated on the stems "ubscri", "ember" or "eserved" (indexOf) before the pattern runs.
 */
const LOCKED_PAGE =
  /^(?:(?:for )?(?:subscribers?|members?|premium)(?:[- ]only)?(?: (?:article|story|content|exclusive))?|(?:subscriber|member|premium)[- ]only|already (?:a |an )?(?:subscriber|member|registered user)\s*\?.{0,30})$|\byou (?:still )?have \d{1,2}\s?% of (?:this|the) (?:article|story|piece) (?:left )?to read\b|\b(?:the rest|the remainder|the full (?:article|story)|this (?:article|story|content)) is reserved for (?:our )?(?:subscribers|members)\b|\b(?:this|the) (?:story|article|piece) (?:is|comes) from an? (?:subscription|paywalled|premium) (?:source|site|publication|publisher)\b|\byou (?:may|might|will) need an? subscription to (?:read|view|access|see)\b/i;
function lockedPage(text: string, words: number): boolean {
  if (words > 30 || !(text.includes('ubscri') || text.includes('ember') || text.includes('eserved')))
    return false;
  return LOCKED_PAGE.test(text) && !/\b(?:said|says|told)\b/.test(text);
}

/** 'footer' for notes about how the page was made or who publishes it, 'prompt' for what the reader is asked to do. */
export function pageNotice(text: string, words = wordCount(text)): 'footer' | 'prompt' | null {
  if (words > 60) return null;
  if (words <= 45 && PROVENANCE.test(text)) return 'footer';
  if (words <= 30 && USAGE.test(text) && !/\b(?:said|says|told)\b/.test(text)) return 'footer';
  if (words <= 30 && APP_GATE.test(text) && (APP.test(text) || APP_THIS_PAGE.test(text))) return 'prompt';
  if (READ_ON.test(text) && pays(text) && !/\b(?:said|says|told)\b/.test(text)) return 'prompt';
  if (words <= 40 && PRICE_PER.test(text) && OFFER_CUE.test(text) && !/\b(?:said|says|told)\b/.test(text))
    return 'prompt';
  if (words <= 14 && REACTION.test(text)) return 'prompt';
  if (lockedPage(text, words)) return 'prompt';
  return /\d{4}/.test(text) && IMPRINT.test(text) ? 'footer' : null;
}
