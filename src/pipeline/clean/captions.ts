/**
 * Photo captions and credits. They describe a picture, not the story, so they leave the body but are
 * kept apart in `captions`. Recognised by shape: a credit (agency or "Photo:" attribution, "/Getty
 * Images", "AP Photo/…", "via REUTERS"), a bare agency name on its own line, or a descriptive line cut
 * off with an ellipsis (how many sites truncate captions under a thumbnail).
 */

import { wordCount } from './normalize.ts';

const AGENCY =
  '(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Anadolu|Bloomberg|Shutterstock|Sputnik|Pool|TASS|dpa|Alamy|NurPhoto|SOPA Images|PA(?: Media| Wire)?)';
/** One to four capitalised words: a person's or an outlet's name. */
const NAMES = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}`;
const CREDIT_PARTS: readonly string[] = [
  String.raw`\b(?:Photo|Photos|Photograph|Image|Picture|Pictured|Credit|Illustration|Video|Foto)(?: by)?\s*:`,
  // A caption with its label kept: "Caption: Leaders arrive …" (the label opens the line).
  String.raw`^Caption\s*:\s*\p{Lu}`,
  String.raw`\b(?:Photo|Image|Picture)\s+by\s+\p{Lu}`,
  // "Photo illustration by The Desk; source photographs by Getty Images", "Illustration by Kate Lund"
  String.raw`^(?:Photo[ -])?(?:Illustration|Photograph|Graphic|Animation|Artwork)s?\s+by\s+\p{Lu}`,
  String.raw`\b(?:source )?(?:photo(?:graph)?s?|images?) (?:by|from|via) ${AGENCY}\b`,
  String.raw`\/\s*${AGENCY}\b`,
  String.raw`\bAP Photo\b`,
  // An agency's initials and its photographer: "AWS Photo/Marco Bellini"; a credit label in brackets:
  // "(photo credit: KREMLIN POOL/HANDOUT)".
  String.raw`^\p{Lu}{2,6} Photo\s*\/\s*\p{Lu}`,
  String.raw`^\(?\s*[Pp]hoto [Cc]redit\s*:`,
  String.raw`\bvia (?:REUTERS|Reuters|Getty Images|AP|AFP)\b`,
  String.raw`\b(?:REUTERS|AFP|EPA)\/\p{Lu}`,
  String.raw`\((?:${AGENCY})(?:\s*\/[^)]*)?\)\s*$`,
  // Two agencies joined by a hyphen after the caption's last stop: "… on May 25. (Reuters-Yonhap)",
  // "(AFP-Jiji)". A story's sentence does not end on a bracket naming a picture's two sources.
  String.raw`[.!?]["”’]?\s*\((?:${AGENCY})\s*[-–]\s*\p{Lu}[\p{L}.'’ ]{1,30}\)\s*$`,
  // A photographer's credit closing a caption, whatever the agency: "(Kremlin Pool Photo via X)",
  // "(Pool Photo by Jane Roe)". A story's sentence does not end on a bracket naming a photo's source.
  String.raw`\((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Photo|Pool|Photograph|Image)\s+(?:via|by|from|courtesy(?: of)?)\s+[^()]{2,50}\)\s*$`,
  // An agency and its photographer in brackets closing a caption: "… the invasion.(Wirefoto: Ana Roe)".
  String.raw`[.!?]["”’]?\s*\((?:\p{Lu}[\p{L}-]+\s?){1,3}:\s*\p{Lu}[^():]{2,40}\)\s*$`,
  // A source and the platform it posted on, in brackets with a spaced slash, closing the caption's last
  // sentence: "… in Berlin on Dec. 15. (Office of the Mayor / Telegram)". Both sides are names; a story's
  // bracketed aside is in lower case.
  String.raw`[.!?]["”’]?\s*\(\p{Lu}[^()/]{1,60}\s\/\s\p{Lu}[\p{L}.'’ -]{1,30}\)\s*$`,
  // The outlet's own credit closing a caption: "(Galata Daily Photo)", "(Staff Photo)", "(File Photo)",
  // and in sentence case: "(File photo)", "(Representational image)".
  String.raw`\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\)\s*$`,
  // A bracketed credit alone on its line, names only: "(Jane Roe for The Daily)", "(Jane Roe/Keystone
  // via X)". Capitalised names around "for", "via" or a slash, nothing else: a bracketed aside in a
  // story has lower-case words in it.
  String.raw`^\(\s*${NAMES}(?:\s*\/\s*${NAMES}\s+via\s+${NAMES}|\s+(?:for|via)\s+(?:the\s+)?${NAMES})\s*\)$`,
  // The same credit unbracketed, closing the image's description: "… split by a river of ink. Ana
  // Roe for The Review". Names only after the last stop, and no stop after them: a story's paragraph
  // ends on a sentence, not on a name "for" an outlet.
  String.raw`[.!?]["”’]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}for\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}$`,
  // A source's name in brackets after the caption's last sentence ending on the full date the picture
  // was taken: "… damaged by a drone attack on Nov. 25, 2025. (City Military Administration)". Names
  // and their glue words only; a story's bracketed aside has other lower-case words in it.
  String.raw`\b(?:19|20)\d{2}\.\s*\(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|the|for|and|\p{Lu}[\p{L}.'’-]*)){0,7}\)\s*$`,
  String.raw`©\s*\p{Lu}[\p{L} ]+\/`,
  // The credit label in capitals after the caption's sentence: "… during the strike. PHOTO: Jane Roe". Not
  // at the line's start, where "PHOTOS: Leaders arrive …" is a gallery's headline.
  String.raw`[.!?]["”’]?\s+(?:PHOTO|PHOTOS|PHOTOGRAPH|IMAGE|PICTURE|CREDIT)(?: BY)?\s*:\s*\p{Lu}`,
  // A photographer "for" the outlet in brackets closing the caption's sentence: "… on Nov. 19. (Jane
  // Roe for The Daily)". A story's bracketed aside has lower-case words other than "for".
  String.raw`[.!?]["”’]?\s*\(\s*${NAMES}\s+for\s+(?:the\s+)?${NAMES}\s*\)\s*$`,
  // A courtesy or file credit in brackets closing the caption's sentence: "… on November 22, 2025.
  // [Courtesy, UNFCCC]", "… in Kyiv. (Courtesy of the ministry)".
  String.raw`[.!?]["”’]?\s*[\[(]\s*(?:[Cc]ourtesy|COURTESY|[Ff]ile [Pp]hoto)\b[^\[\]()]{0,50}[\])]\s*$`,
  // A photographer's or a source's credit glued to the caption's last stop with no space, closing the
  // line: "… on social media that evening.Jane Roe/Wire", "… by a former president.Office of the
  // Premier/Handout". A story's sentence is followed by a space, and does not end on "Name/Source".
  String.raw`[\p{Ll}\d]{2}[.!?]["”’]?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|the|for|and|\p{Lu}[\p{L}.'’-]*)){0,5}\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$`,
  // A photographer's name and the outlet's initials, alone on the line: "Jane Roe/KPR". A two-place
  // dateline ("Kyiv/Moscow") is one word on each side, and an outlet's initials are no place; an
  // outlet's source line under a standfirst spaces its slash ("Amber Coast Daily / ACD").
  String.raw`^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}\/\p{Lu}{2,6}$`,
  // A file credit with no dash, after the caption's stop: "… near the harbour. File photo". A
  // story's sentence ends on its stop; "File photo" as the line's last words is the picture's label.
  String.raw`[\p{Ll}\d]{2}\.\s+(?:[Ff]ile (?:[Pp]hoto|[Pp]icture|[Ii]mage)|FILE PHOTO|[Rr]epresentational (?:[Ii]mage|[Pp]hoto|[Pp]icture))\s*$`,
  // A handout or pool credit after the caption's last stop: "… on November 23, 2025. Handout via Wire",
  // "… in Geneva. Pool photo via Wire". A story's sentence does not end on a handout "via" a name.
  String.raw`[.!?]["”’]?\s+(?:[Hh]andout|HANDOUT|[Pp]ool|POOL)(?:\s+(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage))?\s+via\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$`,
  // A credit after a dash closing the caption's last sentence: "… on Thursday. — AFP", "… this month.
  // — Reuters file", "… — File photo". A story's sentence does not end in a stop followed by a dash and
  // an agency; a pull quote's attribution follows a closing quote and names a person, not an agency.
  String.raw`[.!?]\s+[—–]\s*(?:\p{Lu}[\p{L}.'-]*\s+){0,2}(?:${AGENCY}(?:\s+(?:[Ff]ile|[Pp]hoto|[Pp]icture|[Ii]mage)s?)?|[Ff]ile(?: photo| picture| image)?|[Hh]andout(?: photo)?|[Ss]upplied)\s*$`,
];
/**
 * The credit patterns split by where they can match: those that close the line (`…$`, not `^`) are
 * tried on its last 240 characters only, since a regular expression anchored at the end is still tried
 * from every position of the line; each of them matches far fewer characters than that.
 */
const endOnly = (p: string) => p.endsWith('$') && !p.startsWith('^');
const CREDIT_HEAD = new RegExp(CREDIT_PARTS.filter((p) => !endOnly(p)).join('|'), 'u');
const CREDIT_TAIL = new RegExp(CREDIT_PARTS.filter(endOnly).join('|'), 'u');
const CREDIT_TAIL_SPAN = 240;
function hasCredit(text: string): boolean {
  return (
    CREDIT_HEAD.test(text) ||
    CREDIT_TAIL.test(text.length > CREDIT_TAIL_SPAN ? text.slice(-CREDIT_TAIL_SPAN) : text)
  );
}
/**
 * A gallery counter in front of a caption: "Item 1 of 2 Envoys arrive …", "[1/2]Envoys arrive …",
 * "Photo 3 of 12: …". The counter is followed by the caption's first word in capitals; "Item 3 of 28 calls
 * for …" in a story about a plan goes on in lower case (so no /i flag: it would make \p{Lu} match any letter).
 */
const GALLERY_COUNTER =
  /^(?:(?:[Ii]tem|[Ii]mage|[Pp]hoto|[Pp]icture|[Ss]lide)\s+\d{1,3}\s+(?:of|\/)\s+\d{1,3}|\[\s*\d{1,3}\s*\/\s*\d{1,3}\s*\])\s*[:.\-–—|]?\s*["“‘']?\p{Lu}/u;
const BARE_AGENCY = new RegExp(String.raw`^(?:${AGENCY})(?:\s*\/\s*${AGENCY})*$`, 'u');

/** A bare agency name on its line ("Getty Images", "Reuters / AFP"): a credit set above its caption. */
export function isBareAgency(text: string): boolean {
  return BARE_AGENCY.test(text);
}

/**
 * A photographer's credit in brackets on a line of its own, name and outlet cut by a slash ("(Jane Roe/
 * Radio North)", "(John Doe / Getty Images)"): two capitalised names and the slash, nothing else. A
 * story's aside in brackets is words, not a name over an outlet.
 */
export const BRACKET_CREDIT =
  /^\(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*\/\s*\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}\)$/u;

/**
 * A photographer's credit on a line of its own, unbracketed: a person's name (two or three capitalised
 * words) "for" the outlet ("Jane Roe for The Daily"). A title-case subheading can take the same shape
 * ("Leaders Push for Peace"), so this is only taken under a caption (read-entries.ts), never alone.
 */
export const NAME_FOR_OUTLET =
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}\s+for\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}$/u;

export function isCaption(text: string): boolean {
  if (text.length === 0) return false;
  const words = wordCount(text);
  if (BARE_AGENCY.test(text)) return true;
  if (words <= 60 && hasCredit(text)) return true;
  if (words <= 80 && GALLERY_COUNTER.test(text)) return true;
  // "People look at a damaged building in Kyiv, Ukraine, on ..." — a caption cut off under a photo.
  if (words >= 5 && words <= 45 && /(\s|,)(\.\.\.|…)$/.test(text) && !/^["“‘']/.test(text)) return true;
  return false;
}
