/**
 * Line-level rules: what a single line looks like. Each rule is about the SHAPE of boilerplate (known
 * prompt phrasing, stamps, bylines, legal lines, separators), never about a particular site. Lines that
 * pass every rule are either prose (clearly article text) or "short" (no sentence punctuation), and short
 * lines are judged later with their neighbours (see short-lines.ts): a lone subheading between two
 * paragraphs is article, a run of them is a menu. Stamps are in stamps.ts, the shape of prose in prose.ts.
 */

import { isConsent } from './consent.ts';
import { isNewsletterChrome, isSponsorHeading } from './newsletter.ts';
import { wordCount } from './normalize.ts';
import { pageNotice } from './notices.ts';
import { isProse, TERMINAL } from './prose.ts';
import { isStamp, isStampByline } from './stamps.ts';
import { isTrailer } from './trailers.ts';
import type { RemovalReason } from './types.ts';

export type LineKind =
  | { readonly kind: 'removed'; readonly reason: RemovalReason; readonly stamp?: boolean }
  | { readonly kind: 'prose' }
  | { readonly kind: 'short' };

const ADVERT =
  /^(?:advertisement|advertising|advert|sponsored(?: content| post| links?)?|promoted(?: content)?|paid (?:content|post)|ad|ads|story continues below(?: (?:this )?(?:advertisement|advert|ad))?|continue reading (?:below|the main story)|scroll to (?:continue|read more)|article continues below|skip advert(?:isement)?|(?:video )?ad feedback)$/i;

/**
 * Imperatives addressed to the reader, at the start of a short line. Also a photo's gallery button
 * ("Open this photo in gallery:"), a screen reader's skip link ("Skip next section Read more"), a pointer
 * to the clip set above or below ("Video above: …") and the comment box's "Interact with The Outlet".
 * A skip link in the page's other language ("Aller au contenu principal") is the same link, and a
 * video player's "Autoplay is on. Next video starts in 5 seconds. Cancel" the same kind of button.
 */
const PROMPT_START =
  /^(?:(?:please|kindly)\s+)?(?:share(?:\s+(?:this|on|via|the|to|article|story)\b|:|$)|tweet$|e-?mail$|print$|copy link|save(?: article| for later)?$|bookmark$|loading(?:\.{3}|…)?$|follow(?:\s+(?:us|@|\p{Lu})|:|$)|subscribe\b|sign (?:in|up)\b|log ?in\b|register\b|join (?:us|our|the conversation)\b|download (?:our|the)\b|get (?:our|the) (?:app|newsletter)\b|click (?:here|to)\b|tap (?:here|to)\b|read (?:more|next|also|the full|full)\b|see (?:more|also|all)\b|watch (?:more|live|now|:)|listen(?: now| live| to this(?: story| article| episode)?)?\s*(?::|$|\(\s*\d+(?::\d\d)?\s*(?:min|mins|minutes|m)?\s*\))|don['’]?t miss\b|leave a (?:reply|comment)\b|add a comment\b|view comments\b|show comments\b|comments?\s*(?:\(\d+\)|\d+|:|$)|\d+ comments?$|search\b|skip to\b|aller (?:directement )?au contenu\b|(?:direkt )?zum inhalt\b|(?:saltar|ir) al contenido\b|(?:passa|vai) al contenuto\b|(?:pular|ir) para o conte[uú]do\b|autoplay\b|jump to\b|(?:select|choose|change|switch) (?:your )?(?:region|edition|country|language|location)\b|read (?:the )?latest\b|(?:enable|turn on|allow) (?:push |breaking news )?(?:notifications|alerts)\b|get (?:breaking news |news |push )?(?:alerts|notifications)\b|get it on (?:google play|the app store|app store)$|(?:view|switch to|see) (?:the )?(?:amp|desktop|mobile|full|print|classic|text-only|accessible) (?:version|site|page)\b|now playing\b|(?:view|see|open) (?:the )?(?:full |whole |entire |photo )?(?:gallery|slideshow|slide show|album)$|up next$|back to top\b|go to\b|more in\b|listen to (?:this )?article\b|reading time\b|image source\b|getty images$|(?:enlarge|expand|zoom) (?:this )?(?:image|photo|picture)$|gift (?:this |the )?(?:article|story)$|open (?:the )?(?:image|photo|picture|link) in (?:a )?new (?:tab|window)$|learn more\b|open (?:this |the )?(?:image|photo|picture) in (?:the |a )?(?:gallery|full ?screen|lightbox)$|skip (?:the )?next section\b|(?:video|watch|photos?|gallery) (?:above|below)\s*:|interact with\b|download\s+\(?(?:(?:the|a|this|as|full)\s+)*(?:pdf|report|paper|brief|file|article|ebook)\b)/iu;

/**
 * Phrases that mark the whole line as reader prompt / comment-form chrome wherever they appear. Some are
 * short stock phrases and the only signal there is (a comment form's "Be the first to comment", its
 * moderation note "Comments are subject to …", a typo-report hint "select it and press Ctrl+Enter"):
 * each is anchored at the line start or names a keyboard shortcut, which a story does not. A comment
 * section's rules open on "Join the conversation." as a sentence of its own; an account bar chains two
 * account actions at the line start ("Log in, register or subscribe to save articles"); a comment box
 * that is closed to guests says so from the line start ("You must be logged in to post a comment."). A
 * comment section's welcome ("Welcome to The Outlet's comment community.") and its rules link, and a
 * follow button's notice ("Authors and topics you follow will be added to your personal news feed").
 */
const PROMPT_ANYWHERE =
  /\b(?:appeared first on|comments are closed|your email address will not be published|all rights reserved|required fields are marked|follow (?:us|@\S+|\p{Lu}\S*(?: \p{Lu}\S*){0,3}) on (?:google news|telegram|x|twitter|facebook|instagram|whatsapp|linkedin|threads|bluesky|youtube)|on google news|sign up for (?:our|the|its|their)\b.*newsletter|(?:subscribe to|sign up to) (?:our|the|its|their)\b.*newsletter|get (?:the|our) latest\b.*\b(?:newsletter|inbox|app)|(?:click|tap) here\b|(?:send|write|submit) (?:us )?a letter to the editor|(?:was|is|did you find) this (?:page|article|story|information) (?:useful|helpful)|^report (?:a problem|an error|a typo|abuse)\b|^have an opinion on this\b|we use cookies|accept (?:all )?cookies|cookie (?:settings|policy|preferences)|(?:enable|turn on|activate) javascript|javascript (?:is )?(?:disabled|required|must be enabled)|this (?:video|content) is (?:not )?available|reproduction only with|^this (?:live )?(?:blog|page|coverage|live page|live coverage) (?:has |is )?(?:now )?(?:closed|ended|no longer (?:being )?updated)|we(?:['’]ve| have| are|['’]re) (?:now )?(?:closed|ended|pausing|paused|closing) (?:this|our) (?:live )?(?:blog|coverage|page)|^you(?:['’]ve| have) (?:read|used) \d+ (?:of|out of) (?:your )?\d+ (?:(?:free|premium|subscriber|gift) )*(?:articles|stories)|\b\d+ free (?:articles|stories) (?:left|remaining)|\bcan read (?:up to )?\d+ (?:(?:free|premium|subscriber) )*(?:articles|stories) (?:a|per|each|every) (?:month|week|day)\b|^check (?:whether|if) you (?:already )?have access\b|^be the first(?: one| person)? to (?:comment|reply|respond)|^you (?:must|need to|have to) (?:be )?(?:logged in|log ?in|signed in|sign in|registered|register|a (?:subscriber|member))\b.*\b(?:comments?|discussion|conversation)(?=[^.!?]{0,25}[.!?]?$)|^join the (?:conversation|discussion|debate)(?=\s*[.!:])|^(?:log ?in|sign in|register|subscribe)(?:,\s*| or | and )(?:log ?in|sign in|register|subscribe|sign up)\b|^comments (?:are|will be) (?:subject to|moderated|reviewed|pre-?moderated)|\bpress ctrl\s*\+\s*enter|^if you (?:notice|spot|see|find) (?:a|an) (?:mistake|error|typo|inaccuracy)\b.*\b(?:select|highlight|press|let us know|tell us|report)|^did you (?:notice|spot|see|find) (?:a|an) (?:mistake|error|typo|inaccuracy)\b|\b(?:let us know|tell us|have your say) in the comments\b|^comments are (?:open|available|reserved) (?:only )?(?:for|to) (?:subscribers|members|registered users)|^welcome to\b[^.!?]{0,60}\b(?:comments?|commenting|discussion) (?:community|section|forum)\b|\bread our (?:community|commenting|comment) (?:guidelines|rules|policy)\b|\b(?:authors|topics|writers)\b[^.!?]{0,30}\byou follow (?:will|are) (?:be )?added to your\b|^narrated by an? (?:artificial|synthetic|automated|computer-generated|ai)\b)\b/iu;

/**
 * The site promoting itself: "Catch all the latest … on X. Download the X app …", or saying the story came
 * from a feed ("auto-generated from a syndicated feed"). Only an imperative at a sentence start counts,
 * so "officials urged residents to download the alert app" stays. Gated on its stems (runs on every line).
 */
const PROMO =
  /(?:auto-?generated|published|taken) from a syndicated feed|^catch (?:all )?the latest\b|(?:^|[.!?]\s+)(?:download|install|get) (?:the|our) (?:\S+ ){0,4}app\b|(?:^|[.!?]\s+)(?:try (?:it|us) (?:for )?free|start (?:your|a) free trial)\b/i;
// "Try it free for 4 weeks.", "Start your free trial": a paywall's offer is an imperative at a
// sentence start; "a free trial of the new rules" in a story is not.
const PROMO_GATE = /yndicated|^[Cc]atch| app\b|free/;

/**
 * An article read aloud by a machine: "read by an automated voice", "narrated by an AI voice". Reporting
 * on synthetic voices names who used one, not "this article".
 */
const AUTOMATED_VOICE =
  /\b(?:read|voiced|narrated|spoken) (?:aloud )?(?:by|with|in) an? (?:automated|artificial|synthetic|computer-generated|ai|ai-generated|machine|digital)(?: \p{L}+)? voice\b/iu;

const COMMENT_POLICY =
  /\b(?:log ?in|sign ?in|register|subscribe)\s+to\s+(?:post|leave|add|write|join)\s+(?:a\s+|the\s+)?(?:comments?|conversation|discussion)\b|\bcomments?\s+(?:are|reflect|represent)\s+(?:solely\s+|only\s+)?(?:the\s+)?(?:views?|opinions?)\s+of\s+(?:the\s+|our\s+|its\s+)?(?:readers|commenters|users|authors?|individual)/i;
/** A temperature with its scale ("58°F", "14 °C"). */
const WEATHER = /\d\s?°\s?[CF]\b/u;

/** Syndication notes: the article is someone else's, reprinted. */
const SYNDICATION =
  /^(?:this (?:article|story|post) (?:was |is )?(?:originally |first )?(?:published|appeared)|(?:originally|first) (?:published|appeared) (?:in|on|by)|republished (?:with permission )?(?:from|by)|reprinted (?:with permission )?from|(?:this|the) (?:article|story) (?:is|was) (?:republished|reproduced|syndicated))\b/i;

/**
 * Media-player chrome: "Video Duration 02:14", "Duration 2 minutes 14 seconds", a bare running time
 * ("1:48", "00:00 / 04:32") or a playback-speed toggle ("1x"). A story's sentences never look like this.
 */
const MEDIA =
  /^(?:(?:video|audio|clip|podcast)\s+)?(?:duration|length|running time|runtime)\b.*\d|^(?:video|audio|clip)?\s*[:|·-]?\s*\d{1,2}:\d\d(?:\s*\/\s*\d{1,2}:\d\d)?$|^\d(?:\.\d+)?x$/i;

/**
 * A video card left in the text: its headline, running time and source credit on one line ("Envoy: 'No
 * easy answer' on land 02:14 - Source: X"), or its headline with the running time in brackets at the end
 * ("VIDEO: Growers react to the truce (02:41)"). A running time glued to a "Source:" label, or closing a
 * line in brackets, is never prose: a story gives a clock time in words ("at 10:30 on Monday").
 */
const VIDEO_CARD =
  /\b\d{1,2}:\d\d\s*[-–—|•·]\s*(?:source|video|credit)\s*:|\(\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:min|mins)?\s*\)$/i;

/**
 * A pointer to the outlet's live page on the topic ("Ukraine war – latest updates", "Gaza: latest news"):
 * a topic, a dash or colon, then "latest" and nothing else. A subheading says something about the story;
 * a live blog's own headline says "live" and goes on ("… live: talks resume in Cairo").
 */
const LIVE_POINTER =
  /^[^.!?:–—]{2,60}?\s*(?:\s[-–—]|:)\s*(?:the )?latest(?: (?:updates|news|developments|coverage))?$/i;

/**
 * A dateline on a line of its own, when a story was filed from two places: "Brussels/Berlin",
 * "Kyiv/Moscow". Capitalised names joined by a slash with no spaces around it; the spaced form
 * ("World / Europe") is already a breadcrumb to isSeparated. A subheading is a phrase, not names
 * glued by slashes.
 */
const DATELINE_ONLY = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?:\/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?){1,3}$/u;

/**
 * The same dateline in wire style: place names in capitals and/or the filing date after a comma
 * ("KYIV/MOSCOW, Nov 27", "BRUSSELS, 3 December", "Kyiv/Moscow, November 27, 2025"). Either the slash
 * or the capitals must be there: "Kyiv, November 27" alone could be a live blog's day heading.
 */
const MONTH_WORD = String.raw`(?:${[
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]
  .map((m) => `${m}|${m.toUpperCase()}`)
  .join('|')})\p{L}*`;
const DATE_TAIL = String.raw`(?:,\s*(?:${MONTH_WORD}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD})(?:,?\s+\d{4})?)`;
const PLACE_WORD = String.raw`\p{Lu}[\p{Lu}\p{Ll}'’.-]+`;
const CAPS_PLACE = String.raw`\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?`;
// The state or country after a place in capitals ("HALLANDALE BEACH, Fla.", "LVIV, Ukraine").
const REGION_TAIL = String.raw`(?:,\s*\p{Lu}[\p{Ll}.]+(?:\s\p{Lu}[\p{Ll}.]+)?)`;
// A full date with its year after a place in ordinary case ("Warsaw, 6 December 2025"): a live blog's
// day heading starts with the weekday, not a place, and a year is more than a day heading needs.
const YEAR_DATE_TAIL = String.raw`(?:,\s*(?:${MONTH_WORD}\.?\s+\d{1,2},?|\d{1,2}\s+${MONTH_WORD})\s+\d{4})`;
// The weekday spelled out or cut short ("Saturday, 22 November 2025", "Sat, 22 Nov 2025"): a date
// stamp, not a place, however it is capitalised.
const WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/i;
/**
 * The place alone with the punctuation that would have led into the first sentence ("BERLIN—",
 * "New Delhi,", "GENEVA (AWS) —"): the scraper split the dateline from its paragraph. A subheading never ends on a comma
 * or a dash.
 */
const CUT_DATELINE = new RegExp(
  String.raw`^(?:${CAPS_PLACE}|${PLACE_WORD}(?:[ -]${PLACE_WORD})?)(?:\s+\([\p{Lu}][\p{L}.]{1,11}\))?\s*[,—–]$`,
  'u',
);
const WIRE_DATELINE = new RegExp(
  String.raw`^(?:${CAPS_PLACE}(?:(?:\/${CAPS_PLACE}){1,3}${DATE_TAIL}?|${DATE_TAIL}|${REGION_TAIL})|${PLACE_WORD}(?:[ -]${PLACE_WORD})?(?:(?:\/${PLACE_WORD}(?:[ -]${PLACE_WORD})?){1,3}${DATE_TAIL}|${YEAR_DATE_TAIL}))$`,
  'u',
);

/**
 * A wire item's paragraph that opens with its dateline: the place in capitals, maybe its region and the
 * filing date, maybe the agency in brackets, then a dash ("ST. LOUIS, Nov 14 (Wire) - Workers …"). Each
 * item of an agency digest opens this way, under its own headline.
 */
const DATELINE_LEAD = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}.’'-]+(?:[ /]\p{Lu}[\p{Lu}.’'-]+){0,2}${REGION_TAIL}?${DATE_TAIL}?\s*(?:\([\p{Lu}][\p{L}.]{1,15}\))?\s*[-–—]\s+\S`,
  'u',
);

export function opensWithDateline(text: string): boolean {
  return DATELINE_LEAD.test(text) && /\p{Lu}{3}/u.test(text.slice(0, 24));
}

/**
 * A live widget's own status line ("Ticker updates automatically.", "This page refreshes automatically"):
 * the page talking about itself. Phrase cue: the shape is an ordinary short sentence.
 */
const AUTO_UPDATE =
  /^(?:the |this )?(?:page|ticker|feed|blog|live blog|list|coverage)\s+(?:updates|refreshes|reloads)\s+(?:automatically|itself)\b/i;

/**
 * A turn of a broadcast transcript, however short: the speaker's surname in capitals, a colon, and a
 * sentence ("WHITCOMB: Thanks, Mara."). Too short to read as prose on its own, it is still the article.
 * The labels pages put in capitals before a colon are excluded ("WATCH: …", "UPDATE: …").
 */
const TRANSCRIPT_TURN = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})?(?:,\s*\p{Lu}{2,})?:\s+\p{Lu}.*[.?!]["”’]?$/u;
const CHROME_LABEL =
  /^(?:WATCH|READ|LISTEN|UPDATE|UPDATED|LIVE|ADVERTISEMENT|RELATED|MORE|VIDEO|PHOTOS?|AUDIO|SEE ALSO|ALSO READ|BREAKING|EXCLUSIVE|SUBSCRIBE|SPONSORED|PROMOTED|EDITOR'S NOTE|NOTE|TAGS|TOPICS)\s*:/;

/**
 * A market quote from a ticker strip: an index or currency, its level and its change in per cent ("S&P
 * 500 6,827.41 +0.38%", "EUR/USD 1.0842 -0.12%"). A sentence about markets has a verb.
 */
const MARKET_QUOTE = /^[\p{Lu}\d][\p{L}\d&/.' -]{0,30}\s[$€£¥]?[\d.,]+\s+[+\-−–▲▼↑↓]?\s?[\d.,]+\s?%$/u;
/**
 * A chart's or map's title set over it with its kind as a label ("Chart: US tariffs on Chinese goods
 * since January", "Map: where the front line runs"): the label and a colon, then a title without a
 * closing stop. It goes with the picture, as a caption does; a subheading does not name its medium.
 */
const CHART_TITLE = /^(?:chart|graphic|infographic|map|graph)\s*:\s+\S/i;

/**
 * A ticker strip of several such quotes on one line ("Dow 47,112.45 +0.3% S&P 500 6,705.12 +0.2% Brent
 * $63.40 -0.8%"): two signed changes in per cent or more, and besides them only the instruments' names
 * (no lower-case word). A sentence about markets ("Stocks rose 0.3%, bonds fell 0.2%") has its verbs.
 */
const QUOTE_CHANGE = /[$€£¥]?\d[\d.,]*\s+[+\-−–▲▼↑↓]\s?\d[\d.,]*\s?%/gu;
function isMarketStrip(text: string): boolean {
  const rest = text.replace(QUOTE_CHANGE, ' | ');
  return rest.split('|').length >= 3 && !/(?:^|\s)\p{Ll}{3,}/u.test(rest);
}

/**
 * One word in capitals on a line of its own ("BRUSSELS", "ADVERTISEMENT", "POLITICS"): a dateline, a
 * section label or a masthead. No article sets a subheading as a lone capitalised word; the length floor
 * keeps acronyms a Q&A might use as a heading ("NATO", "IAEA") out of it.
 */
const CAPS_WORD = /^\p{Lu}{5,}$/u;

/**
 * A running counter over the page ("Day 1371 of Russia's full-scale invasion"): a day number of three
 * digits or more opening a short line that is not a sentence. A subheading counts days of a summit in
 * ones ("Day two of the talks"), not in hundreds.
 */
const DAY_COUNTER = /^day\s+\d[\d,]{2,}\b/i;

/** A video's running time on its own line, with or without its source ("02:38 - Source: X", "Duration 2:14"). */
export function isRunningTime(text: string): boolean {
  const bare = text.replace(/^[\s\-–—•*|:>]+|[\s\-–—•*|:.!]+$/g, '');
  return wordCount(text) <= 8 && (MEDIA.test(bare) || (/^\d{1,2}:\d\d/.test(text) && VIDEO_CARD.test(text)));
}

/** A bare address on its own line: a short link or share URL the scraper left behind. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

export function isBareUrl(text: string): boolean {
  return text.length <= 300 && BARE_URL.test(text);
}

/**
 * A reader-funding appeal long enough to read as a paragraph: opened by "Before you go:" or "… we have a
 * small favour to ask." (how such boxes
 * interrupt the reader on the way out), or asking for support because "readers like you" (or listeners,
 * for a station) pay for it,
 * because the outlet "relies on its readers", or "if you value independent journalism", or asks outright
 * ("please consider becoming a member").
 * A line that reports speech ("said", "told") is a story quoting such an appeal, and stays.
 */
const APPEAL =
  /^(?:(?:…|\.{3})\s*)?(?:and |but |so )?we have a (?:small |quick )?favou?r to ask\b|^before you go\s*[:,.!—–-]|\b(?:readers|listeners|viewers) like you\b.{0,80}\b(?:support|contribut|fund|pay|donat)|\b(?:support|funding)\b.{0,60}\b(?:readers|listeners|viewers) like you\b|\bwe rely on (?:our )?readers\b|\bif you value (?:\p{L}+ ){0,3}(?:journalism|reporting|news|work)\b.{0,80}\b(?:support|contribut|donat|become|becoming|join|subscri)|\bplease consider (?:becoming an? (?:member|supporter|subscriber|patron|donor)|joining us|supporting (?:us|our)|subscribing|donating)\b/iu;
const APPEAL_GATE = /efore you go|ike you|ely on|f you value|avou?r to ask|lease consider/i;

/**
 * Donation and membership appeals: an imperative at a sentence start ("Donate today", "Give once or
 * monthly …", "Become a member …") or the appeal's stock phrasing anywhere ("funded by readers",
 * "consider a donation", "Support the Review with a monthly contribution"). "Ukraine hopes to become a
 * member of the EU" is not at a sentence start.
 */
const DONATION =
  /(?:^|[.!?]\s+)(?:please\s+)?(?:donate\b|give (?:once|monthly|today|now)\b|make a (?:one-off |one-time |monthly |small )?(?:donation|contribution)\b|become a (?:member|supporter|patron|subscriber)\b|help us (?:keep|continue)\b)|\b(?:donate (?:now|today)|consider (?:making )?a (?:donation|contribution)|(?:is|are) (?:funded|supported) by (?:our )?readers|(?:depends?|relies|rely) on (?:our |its )?readers\b|support (?:our|independent) (?:journalism|reporting)|^we need your support|(?:^|[.!?]\s+)support\b[^.!?]{0,40}\bfrom (?:just |as little as |only )[£$€]\s?\d|(?:^|[.!?]\s+)support\b[^.!?]{0,60}\bwith an? (?:one-off |one-time |monthly |small |regular |annual |yearly )?(?:donation|contribution|gift)\b)\b/i;
const DONATION_GATE =
  /s little as|rom just|onat|ontribut|ive (?:once|monthly)|ecome a|elp us|eaders|upport (?:our|indep)|your support/i;

const FOOTER =
  /(?:©|\(c\)\s*\d{4}|\bcopyright\b\s*(?:©\s*)?\d{4}|\ball rights reserved\b|\bterms (?:of (?:use|service)|and conditions|&amp; conditions)\b|\bprivacy (?:policy|notice|settings)\b|\bcookie (?:policy|settings|preferences)\b|\bad choices\b|\bmanage cookies\b|\bdo not sell\b|\baccessibility\b.*\b(?:terms|privacy|about)\b)/i;

/**
 * The credit line of a market-data or weather widget ("Data delayed by 15 minutes. Quotes provided by X.").
 * Every sentence of the line must be such a credit and short, so "Data provided by the ministry showed
 * that …" in a story is not one.
 */
const WIDGET_CREDIT =
  /^(?:(?:market |stock |price |weather )?(?:data|quotes|prices|forecasts?)(?: (?:is|are))? (?:(?:delayed|provided|supplied|powered|sourced)\b(?: by \d+ (?:min(?:ute)?s?|seconds?))?|(?:provided|supplied|powered|sourced) by\b)|(?:delayed|real-time) (?:data|quotes|prices)\b)/i;

function isWidgetCredit(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
  // "Data delayed at least 15 minutes, as of Aug 21 2025 17:35 BST.": the widget's clock after "as of"
  // is a stamp, not words of a sentence, so it does not count against the length.
  const core = (s: string) =>
    s.replace(AS_OF, (m, stamp: string) => (isStamp(stamp.replace(/[.!]$/, '')) ? '' : m)).trim();
  // The widget names its feed in a sentence of its own after the credit ("Data delayed at least 20
  // minutes. Source: market data providers."): a "Source:" label and a few words, only beside a credit.
  const source = (s: string) => WIDGET_SOURCE.test(s.trim()) && wordCount(s) <= 6;
  return (
    sentences.some((s) => WIDGET_CREDIT.test(s.trim())) &&
    sentences.every((s) => (WIDGET_CREDIT.test(s.trim()) && wordCount(core(s)) <= 8) || source(s))
  );
}
const WIDGET_SOURCE = /^sources?:\s+\S[^.!?]*[.!]?$/i;
const AS_OF = /,?\s+as of\s+(.+)$/i;

/**
 * A byline: "By Jane Doe", "From our correspondent", "Jane Doe | Staff writer". A headline of the "From A
 * to B: …" kind (a span, then a colon and the rest of the title) is not one: a byline has no colon.
 */
const BYLINE =
  /^(?:analysis|opinion|commentary|reporting|written|words|story|text|edited|reviewed|fact[- ]checked|photos?|photographs?|video|posted|published|submitted|uploaded)?\s*by\b(?:\s+|$)|^by\s+\p{Lu}|^from\s+\p{Lu}(?![^:]*\s(?:to|into)\s[^:]*:)|^(?:staff|special) (?:writer|correspondent|reporter)$|^(?:\p{Lu}[\p{L}.'-]+ ){1,3}\|\s*(?:staff|correspondent|reporter|editor)\b/iu;

const BY_PHRASE = /^[Bb]y (?:the|a|an) \p{Ll}+(?: \p{Ll}+){0,2}$/u;

/**
 * A desk credit in place of a byline: the outlet's staff together with the wires ("Cedar Post staff with
 * agencies", "Herald staff and agencies", "Al Jazeera and news agencies"). Capitalised names, the staff
 * (or "news agencies" spelt out), and nothing else: "Ministries and agencies" is a subheading.
 */
const DESK_CREDIT =
  /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:(?:staff|reporters|correspondents|writers|newsroom|desk)\s+(?:and|with|&|\+)\s+(?:news |wire )?(?:agencies|wires)|(?:and|with|&|\+)\s+(?:news|wire) agencies)$/u;
/**
 * The outlet's name "with agencies" ("MARMARA HERALD WITH AGENCIES", "Daily Courier with agencies"): in
 * capitals throughout, or two capitalised names or more before it. "Cooperation with agencies" is a
 * subheading: one word before it.
 */
const WITH_AGENCIES =
  /^(?:(?:\p{Lu}[\p{Lu}'’.&-]*\s+){1,4}WITH\s+(?:NEWS |WIRE )?AGENCIES|(?:\p{Lu}[\p{L}'’.&-]*\s+){2,4}with\s+(?:news |wire )?agencies)$/u;

const LABEL =
  /^(?:tags?|topics?|filed under|categories|category|keywords|related topics|section|source|sources|via|more about|share this|credits?|image credits?|you are here|in this (?:article|story))\s*:/i;

/**
 * A relative stamp in front of a headline: the "Key events" list of a live blog or a "Latest" rail
 * ("12m ago Zelensky says …", "3 hours ago · Markets slide"). An entry of the blog itself never starts
 * with how long ago it was posted.
 */
const AGO_ITEM =
  /^(?:\d+\s*(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?)\s+ago|just now)(?:\s*[-–—:|•·])?\s+\S/i;

/** A form field's label on its own line: "Enter your email", "Your email address", "Email*", "Type your email…" (placeholder). */
export const FORM_FIELD =
  /^(?:(?:enter|type|add) )?(?:your )?(?:e-?mail(?: address)?|name|first name|last name|password|postcode|zip code)(?: here)?\s*\*?(?:\.{3}|…)?$/i;

/**
 * A label in capitals glued to a line by a separator: a ticker ("BREAKING ● Cabinet to meet tonight"),
 * a masthead with its tagline ("THE DAILY LEDGER — news, views, markets"). Only for lines that are not
 * sentences: a dateline ("CAIRO — Mediators on Thursday gave …") opens a paragraph, which ends in a stop.
 * The label must hold five capitals or more, so a short acronym heading ("UN — …") is not taken.
 */
const CAPS_LABEL =
  /^(?=(?:[^\p{L}]*\p{Lu}){5})(?:\p{Lu}[\p{Lu}\d&.’'-]*\s+){0,3}\p{Lu}[\p{Lu}\d&.’'-]+\s*[—–●•|·▸►]\s*\S/u;

/**
 * A live page's pin marker over the entry it keeps on top ("Pinned", "📌 Pinned post"): a label of the
 * page, never the story's words. The heading under it opens the pinned entry (short-lines.ts).
 */
const PIN_LABEL = /^(?:📌\s*)?pinned(?: (?:post|update|entry|message|summary))?$/iu;

export function isPinLabel(text: string): boolean {
  return text.length <= 24 && PIN_LABEL.test(text.replace(/[\s:.]+$/, ''));
}

/**
 * A share button's confirmation left in the text ("Link copied", "Copied to clipboard!"): the page
 * answering a click, never a line of the story.
 */
const COPIED_TOAST =
  /^(?:(?:the )?(?:link|url|address) (?:copied|has been copied)(?: to (?:the |your )?clipboard)?|copied to (?:the |your )?clipboard)$/i;

/** A topic tag with its follow button ("EU trade + Add to myFeed", "Climate + Follow"). */
const FOLLOW_BUTTON = /(?:^|\s)\+\s?(?:add to|follow|save)\b[^.!?]{0,25}$/i;
/**
 * The same button on a line of its own, its "+" lost: "Add to myFeed", "Save to my list", "Add to
 * reading list". The reader's own list is named ("my…", a reading list, favourites); a story's line
 * saying what was added to what names something else ("Add to the agenda: …" is not a button).
 */
const SAVE_BUTTON =
  /^(?:add|save) to (?:my ?\p{L}[\p{L}\d]*(?: list)?|(?:your |my )?(?:reading list|favou?rites|bookmarks|saved (?:articles|stories)))$/iu;

/**
 * A link whose screen-reader note was scraped with it ("Our Standards: The Trust Principles., opens new
 * tab", "Read the report (opens in a new window)"): the note is written for a link, so the line is one,
 * whatever it says. A sentence of the story does not end by saying it opens a tab.
 */
const NEW_TAB_LINK = /[,(]\s*opens? (?:in )?(?:a )?new (?:tab|window)\)?$/i;
/**
 * A call-to-action link that ends on its arrow, set apart by a space ("Read today's e-Edition: every page
 * as it appears in print. Subscribers read free »", "All our coverage of the talks ›"): the arrow is the
 * link's, so the line is one, whatever it says. A quotation closed by guillemets ("«We are ready»", or
 * the French spacing "« prêts »") has its opening mark in the line, and a story's sentence ends on a stop.
 */
const LINK_ARROW = /\s[»›→]$/u;
const OPENING_GUILLEMET = /[«‹]/u;
/**
 * An embedded widget's credit on a line of its own ("Powered by Trinity Audio", "Powered by Disqus"): the
 * phrase and a capitalised name, nothing else. A subheading that uses the words says more than a name.
 */
const POWERED_BY = /^[Pp]owered by \p{Lu}[\p{L}\d&'’ .-]*$/u;
/**
 * The button that sells the right to reprint the story or its picture ("Purchase Licensing Rights",
 * "Buy reprint rights"), on a line of its own.
 */
const LICENSING_BUTTON =
  /^(?:purchase|buy|request|get) (?:licen[cs]ing|reprint|republishing|syndication) rights$/i;

/**
 * A related-links box flattened into one line: its label ("Read more:", "Related:", "See also:") and the
 * headlines glued to each other with no space or stop between ("…after overnight meetingWho are the
 * hostages…?Biden and Trump…"). Two such joins or more: a name spelt in camel case ("McDonald") makes
 * one, a story line that opens on a label and glues headlines makes several.
 */
const GLUED_LIST_GATE =
  /^(?:read (?:more|also|next)|related(?: stories| articles| coverage)?|see also|more on this(?: story)?|also read)\s*:/i;
// Three lower-case letters (or a digit) before the capital: the end of a word, not "McAllister" or "DeVries".
const GLUED_JOIN = /(?:\p{Ll}{3}|\d)[?!]?(?=\p{Lu}\p{Ll})/gu;

function isGluedRelatedList(text: string): boolean {
  const joins = text.match(GLUED_JOIN);
  return joins !== null && joins.length >= 2;
}

/** Separator-heavy lines: breadcrumbs and inline menus ("Home » World » Europe", "News | Sport | Weather"). */
function isSeparated(text: string): boolean {
  // A bar with its label in front ("Trending: A | B | C", "Hot topics: A · B · C"): the label is a word
  // or two and a colon; then at least three items must follow, so "Update: Kyiv | Moscow" is not taken.
  const label = /^\p{L}+(?: \p{L}+)?:\s+/u.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  // Dropdown and pager arrows ("Middle East ▾ World ▾ Business") separate menu items too.
  const parts = rest.split(/\s+[|»›>•·/]\s+|\s*[|»›•·▾▼▸►◂◄]\s*/).filter((p) => p.trim() !== '');
  if (parts.length < (label ? 3 : 2)) return false;
  return parts.every((p) => wordCount(p) <= 4 && !TERMINAL.test(p.trim()));
}

/**
 * A tag line whose separators are spaced hyphens ("Ukraine - Russia - US - diplomacy - conflict"): four
 * items or more, a word or three each, no sentence punctuation. isSeparated leaves the hyphen out, since
 * a spaced hyphen stands for a dash in a sentence ("The plan - or what is left of it - stalled"); a
 * sentence does not break into four bare names.
 */
function isDashedTags(text: string): boolean {
  const parts = text.split(' - ');
  return (
    parts.length >= 4 &&
    parts.every((p) => {
      const w = wordCount(p);
      return w >= 1 && w <= 3 && !/[.!?:;,]\s*$/.test(p.trim()) && !/\d/.test(p);
    })
  );
}

/**
 * A breadcrumb trail that ends on the page's headline ("Home » World » Iran deal faces early test as
 * deadline nears", "Home / Economy / Trade deal: …"): two or more section names of a word or three,
 * each capitalised, then the headline, all joined by the same path separator (» › > /) with spaces
 * around it. The headline may be long, so isSeparated's four-word limit does not hold for the last
 * part; a sentence of a story does not open on two capitalised names between arrows.
 */
function isHeadlineTrail(text: string): boolean {
  const sep = /\s([»›>/])\s/u.exec(text);
  if (sep === null) return false;
  const parts = text.split(` ${sep[1]} `);
  if (parts.length < 3 || parts.some((p) => p.trim() === '' || /\s[»›>/]\s/u.test(` ${p} `))) return false;
  const last = (parts[parts.length - 1] as string).trim();
  return (
    parts
      .slice(0, -1)
      .every((p) => wordCount(p) <= 3 && /^\p{Lu}/u.test(p.trim()) && !/[.,;:!?]$/.test(p.trim())) &&
    wordCount(last) >= 3 &&
    wordCount(last) <= 30 &&
    !/[.!]["”’]?$/.test(last)
  );
}

/**
 * A row of tool buttons whose separators the scraper lost ("Share Save Print", "Email Print Comments"):
 * every word on its own is a one-word prompt. A heading that opens on such a word goes on with words that
 * are not buttons ("Share prices slide", "Print edition delayed").
 */
function isButtonRow(bare: string): boolean {
  return bare.split(' ').every((w) => w.length > 1 && PROMPT_START.test(w));
}

/**
 * An event promo in the site's banner ("Online event, 4 December: \"After Geneva: …\" Register now"): it
 * opens on the kind of event and ends on its booking button, with no stop before it. A story's sentence
 * about a conference that asked delegates to register ends on its stop or goes on after the verb.
 */
const EVENT_PROMO =
  /^(?:(?:online|live|virtual|upcoming|in-person|hybrid|free|members['’]?)\s+)?(?:event|webinar|briefing|panel(?: discussion)?|conference|roundtable|book launch|masterclass)\b.{0,200}?\s(?:register(?: now| here| today| free)?|book (?:now|your (?:place|seat|ticket))|rsvp|buy tickets|get tickets|sign up now)\s*[›»→]?$/iu;
/**
 * A byline glued to its stamp and the tool bar ("By Jane Roe and John Doe Published October 13, 2025,
 * 9:41 p.m. ET 4 min read Listen Gift this article"): "By" and a capitalised name, then a stamp word and a
 * year before any stop of a sentence. A story's sentence opening on "By" ("By Friday, the talks had
 * stalled.") has a comma or a verb, not a stamp word, after its first words.
 */
const GLUED_BYLINE =
  /^(?:By|BY) \p{Lu}[\p{L}'’.-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’.-]*),?){0,7}\s+(?:Published|Updated|Posted|PUBLISHED|UPDATED|POSTED)\b:?[^!?]{0,40}?\b(?:19|20)\d\d\b/u;

/** The booking button in the line's last characters: the cheap test before EVENT_PROMO. */
const EVENT_PROMO_GATE = /egister|RSVP|icket|ook (?:now|your)|ign up now/i;

/**
 * A share bar whose separators the scraper lost ("Share  Facebook  X  WhatsApp  Email  Copy link"): "Share"
 * and then only the networks' names and the bar's buttons. A heading that opens on "Share" goes on with
 * words of its own ("Share of exports to the US falls").
 */
const SHARE_TARGET =
  /^(?:facebook|x|twitter|whatsapp|linkedin|telegram|reddit|e-?mail|messenger|pinterest|bluesky|threads|mastodon|flipboard|sms|print|copy|link|url)$/i;
function isShareBar(bare: string): boolean {
  const words = bare.split(/\s+/);
  return words.length >= 3 && words[0] === 'Share' && words.slice(1).every((w) => SHARE_TARGET.test(w));
}

/**
 * A newsletter's pitch that promises the news "delivered to your inbox" ("Get the latest … news
 * delivered to your inbox. Sign up here."): the site speaking to the reader about its mail. A story does
 * not deliver anything to "your" inbox. Gated on "inbox" (indexOf).
 */
const INBOX_PITCH = /\b(?:delivered|sent|straight|direct(?:ly)?|right)\s+(?:to|into|in)\s+your\s+inbox\b/i;

/**
 * The note on an article's audio version ("The audio version of this article is generated by
 * text-to-speech, …"): the page describing its own player. Gated on "-to-speech" (indexOf); reporting
 * on speech software does not speak of "this article".
 */
const SPEECH_NOTE =
  /\b(?:this|the) (?:article|story|page)\b.*\btext-to-speech\b|\btext-to-speech\b.*\bthis (?:article|story)\b/i;

/**
 * A comment section's rule on names ("To encourage respectful conversations, first and last names will
 * appear with each submission …"): what the site shows beside a reader's comment. Gated on " names "
 * (indexOf), and it must speak of comments or submissions: a treaty's annex may list full names too.
 */
const COMMENT_WORD = /\b(?:comments?|submissions?|posts?|conversations?|discussions?)\b/i;
const NAMES_POLICY =
  /\b(?:first and last|full|real) names (?:will|must|are required to|should) (?:appear|be (?:displayed|shown|published|used))\b/i;

/**
 * A reproduction notice ("Reproduction of this content without authorization is prohibited."): what may
 * not be done with the page. Gated on "eproduc" (indexOf); a story's use of the word is not about "this
 * content" being prohibited.
 */
const REPRODUCTION =
  /\breproduction (?:of (?:this|the|our) (?:content|material|article|story|page|site)s?|in whole or in part)\b[^.!?]{0,60}\b(?:prohibited|forbidden|not (?:permitted|allowed)|without (?:prior )?(?:written )?(?:permission|authori[sz]ation|consent))/i;

export function classifyLine(text: string): LineKind {
  if (text === '') return { kind: 'removed', reason: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'removed', reason: 'chrome' };
  const words = wordCount(text);
  const bare = text.replace(/^[\s\-–—•*|:>]+|[\s\-–—•*|:.!]+$/g, '');
  if (ADVERT.test(bare)) return { kind: 'removed', reason: 'advertisement' };
  // A full sentence that happens to start like a prompt ("Search teams found ...") is not one.
  const sentence = /[.!?]["”’]?$/.test(text);
  // An exclamation is how prompts shout ("Don't miss more news like this!"), not how a sentence of a
  // story that merely starts like a prompt ends, so only "." and "?" protect a line here.
  const statement = /[.?]["”’]?$/.test(text);
  if (words <= 16 && (!statement || words <= 6) && PROMPT_START.test(bare)) {
    return { kind: 'removed', reason: 'prompt' };
  }
  if (words >= 2 && words <= 6 && !sentence && isButtonRow(bare))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 40 && PROMPT_ANYWHERE.test(text)) {
    return {
      kind: 'removed',
      reason: /all rights reserved|reproduction only/i.test(text) ? 'footer' : 'prompt',
    };
  }
  // The audio player's note ("Listen to this article, read by an automated voice."): gated on the word
  // "voice" so the pattern runs on few lines; it must speak of this article or of listening, since a
  // story may report that a bulletin was read by an AI voice.
  if (
    words <= 30 &&
    text.includes(' voice') &&
    AUTOMATED_VOICE.test(text) &&
    /\b(?:listen|this (?:article|story|piece)|our audio)\b/i.test(text)
  )
    return { kind: 'removed', reason: 'prompt' };
  // A sentence with a copyright mark is a notice only when it says what may not be done with the page.
  const notice =
    /©|rights reserved|(?:may not|cannot|must not) be (?:re)?(?:published|produced|distributed|broadcast)|without (?:prior )?(?:written )?(?:permission|consent)/i;
  if (words <= 30 && FOOTER.test(text) && (!sentence || words < 8 || notice.test(text))) {
    return { kind: 'removed', reason: 'footer' };
  }
  if (words <= 30 && SYNDICATION.test(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 24 && isWidgetCredit(text)) return { kind: 'removed', reason: 'footer' };
  if (words <= 40 && PROMO_GATE.test(text) && PROMO.test(text)) return { kind: 'removed', reason: 'prompt' };
  if (words <= 40 && EVENT_PROMO_GATE.test(text.slice(-24)) && EVENT_PROMO.test(text))
    return { kind: 'removed', reason: 'prompt' };
  // A bare clock time ("23:05") may be a clip's running time or a live blog's entry stamp; marked as a
  // stamp so the entry heading under it is not taken for the end of a tool bar.
  if (words <= 8 && MEDIA.test(bare))
    return /^(?:[01]?\d|2[0-3]):[0-5]\d$/.test(text)
      ? { kind: 'removed', reason: 'chrome', stamp: true }
      : { kind: 'removed', reason: 'chrome' };
  if (words <= 24 && !sentence && VIDEO_CARD.test(text)) return { kind: 'removed', reason: 'related' };
  if (words <= 8 && LIVE_POINTER.test(bare)) return { kind: 'removed', reason: 'related' };
  if (isBareUrl(text)) return { kind: 'removed', reason: 'navigation' };
  if (words <= 8 && DATELINE_ONLY.test(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 8 && WIRE_DATELINE.test(text) && !WEEKDAY.test(text))
    return { kind: 'removed', reason: 'chrome' };
  if (words <= 8 && AUTO_UPDATE.test(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 4 && CUT_DATELINE.test(text) && !WEEKDAY.test(text))
    return { kind: 'removed', reason: 'chrome' };
  if (CAPS_WORD.test(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 8 && MARKET_QUOTE.test(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 30 && text.includes('%') && isMarketStrip(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 16 && !sentence && CHART_TITLE.test(text)) return { kind: 'removed', reason: 'caption' };
  if (words <= 10 && !sentence && DAY_COUNTER.test(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 80 && APPEAL_GATE.test(text) && APPEAL.test(text) && !/\b(?:said|says|told)\b/.test(text))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 30 && DONATION_GATE.test(text) && DONATION.test(text))
    return { kind: 'removed', reason: 'prompt' };
  if (isConsent(text, words) || isNewsletterChrome(text, words)) return { kind: 'removed', reason: 'prompt' };
  if (isSponsorHeading(text, words)) return { kind: 'removed', reason: 'advertisement' };
  if (isTrailer(text, words)) return { kind: 'removed', reason: 'footer' };
  const pageKind = pageNotice(text, words);
  if (pageKind !== null) return { kind: 'removed', reason: pageKind };
  if (words <= 32 && (text.startsWith('By ') || text.startsWith('BY ')) && GLUED_BYLINE.test(text))
    return { kind: 'removed', reason: 'chrome', stamp: true };
  if (isStamp(text)) return { kind: 'removed', reason: 'chrome', stamp: true };
  if (words <= 16 && isStampByline(text)) return { kind: 'removed', reason: 'chrome', stamp: true };
  if (words <= 24 && AGO_ITEM.test(text)) return { kind: 'removed', reason: 'navigation' };
  if (words <= 5 && FORM_FIELD.test(text)) return { kind: 'removed', reason: 'prompt' };
  // "Disclaimer: …" is the site talking about the page, whatever follows.
  if (words <= 60 && /^(?:disclaimer|disclosure(?: statement)?)\s*:/i.test(text))
    return { kind: 'removed', reason: 'footer' };
  // "By the numbers", "By the way": a box heading, not a byline (a byline names someone after "By").
  if (words <= 14 && !sentence && BYLINE.test(text) && !BY_PHRASE.test(text))
    return { kind: 'removed', reason: 'chrome' };
  if (words <= 10 && (DESK_CREDIT.test(text) || WITH_AGENCIES.test(text)))
    return { kind: 'removed', reason: 'chrome' };
  if (words <= 20 && LABEL.test(text)) return { kind: 'removed', reason: 'navigation' };
  if (/\blogo$/i.test(text) && words <= 4) return { kind: 'removed', reason: 'chrome' };
  // The comment box's sign-in line and house rules ("Log in to post a comment. Comments are the views of
  // readers and do not reflect those of …"): what a reader must do to comment, or whose views comments are.
  if (words <= 40 && text.includes('omment') && COMMENT_POLICY.test(text))
    return { kind: 'removed', reason: 'prompt' };
  // A weather widget ("Millbrook, PA  58°F  Partly cloudy  Hi 63 / Lo 41"): a temperature in a short
  // line that is no sentence. A story's sentence that gives a temperature ends on its stop.
  if (words <= 14 && text.includes('°') && WEATHER.test(text) && !TERMINAL.test(text))
    return { kind: 'removed', reason: 'chrome' };
  if (words <= 24 && isSeparated(text)) return { kind: 'removed', reason: 'navigation' };
  if (words <= 20 && text.includes(' - ') && isDashedTags(text))
    return { kind: 'removed', reason: 'navigation' };
  if (words <= 40 && isHeadlineTrail(text)) return { kind: 'removed', reason: 'navigation' };
  if (words <= 12 && FOLLOW_BUTTON.test(text)) return { kind: 'removed', reason: 'navigation' };
  if (words <= 5 && SAVE_BUTTON.test(bare)) return { kind: 'removed', reason: 'prompt' };
  if (words <= 16 && NEW_TAB_LINK.test(text)) return { kind: 'removed', reason: 'navigation' };
  if (words <= 40 && LINK_ARROW.test(text) && !OPENING_GUILLEMET.test(text))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 3 && isPinLabel(text)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 7 && COPIED_TOAST.test(bare)) return { kind: 'removed', reason: 'prompt' };
  if (words <= 5 && POWERED_BY.test(bare)) return { kind: 'removed', reason: 'chrome' };
  if (words <= 4 && LICENSING_BUTTON.test(bare)) return { kind: 'removed', reason: 'prompt' };
  if (words <= 120 && GLUED_LIST_GATE.test(text) && isGluedRelatedList(text))
    return { kind: 'removed', reason: 'related' };
  if (words <= 10 && text.startsWith('Share') && !sentence && isShareBar(bare))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 30 && text.includes('inbox') && INBOX_PITCH.test(text))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 40 && text.includes('-to-speech') && SPEECH_NOTE.test(text))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 40 && text.includes(' names ') && NAMES_POLICY.test(text) && COMMENT_WORD.test(text))
    return { kind: 'removed', reason: 'prompt' };
  if (words <= 40 && text.includes('eproduc') && REPRODUCTION.test(text))
    return { kind: 'removed', reason: 'footer' };
  if (isProse(text, words)) return { kind: 'prose' };
  if (TRANSCRIPT_TURN.test(text) && !CHROME_LABEL.test(text)) return { kind: 'prose' };
  if (words <= 16 && CAPS_LABEL.test(text)) return { kind: 'removed', reason: 'chrome' };
  return { kind: 'short' };
}
