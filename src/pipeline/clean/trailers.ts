/**
 * What trails an article once its last paragraph is written: the agency's reporting credits
 * ("(Reporting by …; Editing by …)"), the author's bio ("X is a senior fellow at …"), an opinion
 * disclaimer ("The views expressed … are the author's own"), a print-edition note ("A version of this
 * article appears in print on …"), a newsletter's sign-off ("Thanks for reading"), the newsroom's
 * contact line ("Have a news tip? Email …") and the press office's ("For press enquiries, please
 * contact …"). They read like sentences, so the line rules let them through as prose; their phrasing
 * gives them away.
 *
 * Bracketed reporting credits are unambiguous wherever they stand and are removed by the line rules. The
 * rest could, in principle, be a sentence of the story ("Smith is a senior fellow at the institute."), so
 * index.ts only removes them in the article's tail: walking up from the end, past what is already removed.
 */

import { wordCount } from './normalize.ts';

/**
 * "(Reporting by A in Kyiv; Editing by B)", "Writing by …", "Compiled by …", with or without brackets.
 */
const CREDITS =
  /^\(?\s*(?:(?:additional |further )?reporting|writing|editing|compiled|research(?:ed)?|reported|produced|graphics?|translated|translation)\s+by\b[^()]*(?:;[^()]*)?\)?\.?$/i;

/**
 * "(This article was written by A in Berlin and B in Tokyo.)": names after "by", places after "in".
 * Case-sensitive, so the names must be capitalised ("written by hand" is no credit).
 */
const WRITTEN_BY =
  /^\(?\s*(?:[Tt]his (?:article|story|report) was )?[Ww]ritten by (?:\p{Lu}[\p{L}'’.-]*\s?)+(?:(?:,|and|in|from) (?:\p{Lu}[\p{L}'’.-]*\s?)+)*\.?\)?\.?$/u;

/** The same credits glued inside a flattened line: only the bracketed form has a clear end. */
export const INLINE_CREDITS =
  /\(\s*(?:(?:additional |further )?reporting|writing|editing|compiled|reported)\s+by\b[^()]{0,300}\)/gi;

/**
 * Where each author reported from: "Jane Doe reported from Cairo and John Roe from Tel Aviv.", with the
 * desk's credits after it on the same line ("… Editing by Paul Roe.") or not. Names and
 * places only (capitalised words, with "el", "de" and the like inside a place name): a story sentence
 * that goes on ("Officials reported from Kherson that …") is not one.
 */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]*(?:[ -](?:\p{Lu}[\p{L}'’-]*|el|al|de|la|le|du|da|von|van|del|di))*`;
const AUTHOR = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}`;
const REPORTED_FROM = new RegExp(
  String.raw`^${AUTHOR}(?:reported|wrote|reporting) from ${PLACE}(?:(?:,|;| and) ${AUTHOR}(?:(?:reported|contributed|wrote) )?from ${PLACE})*\.?(?:\s+(?:(?:[Aa]dditional |[Ff]urther )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Tt]ranslated) by \p{Lu}[^()]{0,120})?$`,
  'u',
);

/**
 * An author card under the story: the role, then what the author covers, with no subject
 * ("Diplomatic correspondent. Covers the talks between …", "Writes about energy and climate.",
 * "Kyiv-based correspondent covering the war and politics since 2014.", "Correspondent based in Geneva,
 * covering …"). A role after an article is the
 * subject of a story's sentence ("The correspondent covering the talks was expelled"), not a card.
 */
/** A journalist's role as an author card names it (title.ts reads the same roles over a byline). */
export const JOURNALIST_ROLES = 'correspondent|reporter|writer|editor|columnist|journalist|producer|analyst';
const ROLE_CARD = new RegExp(
  String.raw`^(?:(?:\p{L}[\p{L}-]*\s+){0,3}(?:${JOURNALIST_ROLES})[.,]\s+)?(?:covers|writes (?:about|on)|reports on)\s|^(?!(?:the|a|an|this|that|one|our|their|his|her|its)\s)(?:\p{L}[\p{L}-]*\s+){0,3}(?:${JOURNALIST_ROLES})(?: based in \p{Lu}[\p{L}'’ -]{1,40},?)? (?:covering|writing (?:about|on)|reporting (?:on|from))\s`,
  'iu',
);

/**
 * The outlet describing itself or its licence in the tail: "X is an independent news website. Our
 * content is partly based on material from news agencies, which may not be republished …", "This
 * service may include material from …, which cannot be reproduced." (the outlet's own service named, or
 * "cannot" with the copyright: "catch data cannot be published before both sides sign" is a story's.)
 * Also the desk's card under a staff byline: "The X's news desk covers breaking stories from …".
 */
const OUTLET_NOTE =
  /\bis an? (?:independent|non-?profit|reader-funded|online) (?:news |media )?(?:website|site|outlet|publication|newspaper|newsroom|platform|magazine)\b|\b(?:may|must) not be (?:re)?(?:published|produced|distributed|copied)\b|\bcopyright(?:ed)?\b.{0,40}\b(?:cannot|can ?not) be (?:re)?(?:published|produced|distributed|copied|broadcast)\b|^this (?:service|site|website|page|broadcast|programme|program) (?:may )?(?:includes?|contains?) material from\b|\bour (?:content|articles|journalism) (?:is|are) (?:partly |partially |largely )?based on\b|\b(?:news|foreign|world|business|politics|digital|web) desk (?:covers|reports on)\b/i;

/** "Jane Doe in Cairo contributed to this report.", "Additional reporting contributed by …". */
const CONTRIBUTED =
  /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b|^about the (?:authors?|writers?|contributors?)$/i;

const DISCLAIMER =
  /^(?:the )?(?:views|opinions) expressed\b|\b(?:do|does) not necessarily (?:reflect|represent)\b|\bare (?:solely )?(?:the author['’]s|their) own\b/i;

const PRINT_NOTE =
  /^(?:a version of )?this (?:article|story|essay|piece) (?:also )?(?:appears|appeared|was published|will appear)\b.*\b(?:print|edition|issue|magazine|headline)\b/i;

/**
 * "Name Surname is a senior fellow at …", "… covers politics for …", "… is the author of …", "… is the
 * paper's Jerusalem bureau chief".
 */
const BIO =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s+(?:(?:is|was|has been)\b.*\b(?:correspondent|reporter|writer|editor|columnist|fellow|professor|lecturer|director|author|analyst|researcher|contributor|journalist|scholar|chair|founder|host|producer|based in|bureau chief|anchor|presenter)|covers\b|writes (?:about|on|for)\b|reports (?:on|from|for)\b)/u;

/** The page inviting readers to write in: "We'd like to hear what you think … Write to us at …". */
const READER_INVITE =
  /\bletters? to the editor\b|\bwe(?:['’]d| would) (?:like|love) to hear\b|\b(?:tell|let) us (?:know )?what you think\b|\bwrite to us\b|\be-?mail us\b|\bsend us your (?:thoughts|views|tips|letters)\b|\bmessage us (?:securely|privately|confidentially)\b/i;

/**
 * A pointer to more of the outlet's coverage, introducing a list of links ("Here are some links to our
 * recent reports to help you catch up:"). It ends with a colon and leads nowhere in the text.
 */
const COVERAGE_POINTER =
  /(?:\bhere (?:are|is) (?:some |a few )?(?:links?|more)\b|\bcatch up\b|\bour (?:full |latest |live |recent )?(?:coverage|reports|reporting)\b).*:$/i;

const SIGN_OFF =
  /^(?:that['’]s (?:all|it) for (?:this week|today|now|this edition)|thanks? (?:you )?for reading|see you (?:next|tomorrow|on)|until next (?:time|week)|(?:do you |have you )?(?:have|got) (?:a|any) (?:news )?(?:tips?|story|stories|questions?)\b|(?:questions|feedback|tips)\??\s+(?:email|write|reply))\b/i;

/**
 * The newsroom's contact line: an imperative to get in touch at the start of a sentence ("Email … or
 * call …", "Contact us at …") with an e-mail address in the line. A story's last paragraph that quotes
 * a hotline says so ("families can write to …, the ministry said"), and that is excluded by the caller.
 */
const CONTACT =
  /(?:^|[.?!]\s+)(?:e-?mail|call|contact|write to|text|reach)\b.{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i;

/**
 * The press office's line under a report or commentary: "For interview requests and press enquiries,
 * please contact the communications team." — opening on what the reader wants ("For … enquiries /
 * requests"), then the imperative to contact someone. A story's sentence about requests says who made
 * them ("For months, requests to contact the crews went unanswered") and has no imperative after them.
 */
const PRESS_CONTACT =
  /^for (?:[\p{L}-]+ (?:and |or |& )?){0,4}?(?:enquiries|inquiries|requests|queries)\b[^.!?]{0,60}?(?:,|:|\bplease)\s*(?:please )?(?:contact|e-?mail|call|write to|get in touch with)\b/iu;

/**
 * The Canadian wire credit "With files from A and B" (or "With reporting from …"): an agency list after a
 * stock opener, no verb, no sentence. A story's sentence opening on "With files from the ministry, …"
 * goes on past a comma, which the names-only tail refuses.
 */
const WITH_FILES =
  /^(?:[—–-]\s*)?[Ww]ith (?:files|reporting|inputs) from\s+\p{Lu}[\p{L}'’.&-]*(?:(?:\s+|,\s*)(?:and\s+|&\s+)?\p{Lu}[\p{L}'’.&-]*)*\.?$/u;

/** Reporting credits: never the story, wherever they stand (anchored, so cheap on every line). */
export function isTrailer(text: string, words = wordCount(text)): boolean {
  return (
    words <= 60 && (CREDITS.test(text) || WRITTEN_BY.test(text) || (words <= 16 && WITH_FILES.test(text)))
  );
}

/**
 * The site's accessibility statement in its footer ("It is a priority for X to create products that are
 * accessible to all …", "Closed captioning and described video are available for …"). The only signal is
 * the wording of such services, so it is a short phrase cue, and it is tested in the tail only.
 */
const ACCESSIBILITY =
  /\b(?:accessible to (?:all|everyone)|closed caption(?:ing|s)\b.{0,40}\b(?:available|offered)|described video|audio description|people with (?:visual|hearing|motor|cognitive)\b[\p{L}, ]{0,40}\b(?:impairments|challenges|disabilities))/iu;

/**
 * The outlet's acknowledgement of the land's first peoples in its footer ("X acknowledges the
 * Traditional Custodians of the lands where we live and work", "We pay our respects to the First
 * Nations …"): the outlet (or "we") acknowledging, the custodians or first peoples and the land named. Tested in the tail only;
 * a story reporting such a ceremony says who spoke ("the mayor acknowledged …, she said").
 */
const LAND_ACKNOWLEDGEMENT =
  /\b(?:acknowledges?|pays? (?:our |its |their )?respects? to)\b.{0,120}\b(?:traditional (?:custodians|owners|keepers)|first (?:australians|nations|peoples)|indigenous peoples?|aboriginal)\b.{0,160}\b(?:lands?|country|waters|territor(?:y|ies))\b/iu;

/**
 * An author's sign-off under a bio: "Connect via X or email.", "Follow her on Bluesky." — a short
 * imperative naming only channels, no sentence of the story.
 */
const CONNECT =
  /^(?:connect|get in touch|follow (?:me|him|her|them)|reach (?:me|him|her|them))(?: with (?:me|him|her|them))? (?:via|on|at|through) (?:x|twitter|e-?mail|facebook|linkedin|bluesky|instagram|threads|mastodon)\b(?:(?:,| or| and) (?:on )?(?:x|twitter|e-?mail|facebook|linkedin|bluesky|instagram|threads|mastodon))*\.?$/i;

/**
 * Lines that are not the story when they come after it: author bios, contributor notes, disclaimers,
 * print-edition notes and newsletter sign-offs (and credits). Only the tail is tested, which keeps both
 * the cost and the risk of taking a sentence of the story for one of these low.
 */
export function isTailTrailer(text: string): boolean {
  const words = wordCount(text);
  if (words <= 70 && text.endsWith(':') && COVERAGE_POINTER.test(text)) return true;
  if (words > 50 || /\b(?:said|says|told)\b/.test(text)) return false;
  return (
    isTrailer(text, words) ||
    (words <= 30 && CONTRIBUTED.test(text)) ||
    DISCLAIMER.test(text) ||
    PRINT_NOTE.test(text) ||
    (words <= 45 && (BIO.test(text) || SIGN_OFF.test(text) || READER_INVITE.test(text))) ||
    (words <= 30 && text.includes('@') && CONTACT.test(text)) ||
    (words <= 30 && PRESS_CONTACT.test(text)) ||
    (words <= 30 && (REPORTED_FROM.test(text) || ROLE_CARD.test(text))) ||
    (words <= 45 && OUTLET_NOTE.test(text)) ||
    (words <= 40 && ACCESSIBILITY.test(text)) ||
    (words <= 50 && LAND_ACKNOWLEDGEMENT.test(text)) ||
    (words <= 12 && CONNECT.test(text))
  );
}

/**
 * An author's blurb near the byline ("Mira Kovač has reported on the Balkans since 2014.", "Ms. Zhao is a
 * former trade negotiator."): a sentence about a person named in the byline, saying what they are or
 * do. `names` are the capitalised words of the byline lines; the blurb's subject must be one of them,
 * which is what keeps a lede about a newsmaker ("Putin has been clear …") from being taken for it.
 */
const BLURB =
  /^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:is (?:a|an|the)\b|was (?:a|an|the|previously)\b|has (?:been|reported|covered|written|worked)\b|covers\b|writes\b|reports (?:on|from)\b|served as\b)/u;

export function isAuthorBlurb(text: string, names: ReadonlySet<string>): boolean {
  const words = wordCount(text);
  if (words < 5 || words > 45 || /\b(?:said|says|told)\b|["“”]/.test(text)) return false;
  const m = BLURB.exec(text);
  return m !== null && (m[1] ?? '').split(/\s+/).some((w) => names.has(w.replace(/[.,]$/, '')));
}

/**
 * The paper's correction under an article: "This article was amended on 21 November 2025. An earlier
 * version said …" — the page itself as subject, an amending verb and a date. It is part of the record
 * (kept), but stands below the bios, so the walk up the tail steps over it.
 */
const CORRECTION =
  /^(?:this|an earlier version of this) (?:article|story|piece|report|column|editorial) (?:was|has been) (?:amended|corrected|updated|changed) (?:on|to|in)\b/i;

export function isCorrectionNote(text: string): boolean {
  return wordCount(text) <= 80 && CORRECTION.test(text);
}
