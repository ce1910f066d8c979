/**
 * Flattened pages: the whole body scraped as one (or a few) giant lines, paragraphs glued together and
 * whatever sat between them glued in too — a photo caption with its credit ("… on Tuesday. REUTERS/Jane
 * Doe"), an "Advertisement" marker, the agency's "(Reporting by …)" credits. Line rules cannot remove a
 * piece of a line, so long lines are searched for these pieces and the pieces are cut out.
 *
 * A caption is found through its credit, which has an unmistakable shape (an agency with a slash, "Photo
 * by …"). The sentence right before the credit is the caption's description, provided it is short and
 * is not reported speech: that is how captions are laid out under a picture.
 */

import { wordCount } from './normalize.ts';
import { INLINE_CREDITS } from './trailers.ts';

const AGENCY =
  '(?:Getty Images|AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Anadolu|Bloomberg|Shutterstock|Sputnik|Pool|TASS|dpa|Alamy|NurPhoto|SOPA Images)';
/** A name in a credit: up to three capitalised words. A lower→upper join ("FawzyAccording") ends it. */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]*(?:[ -]\p{Lu}[\p{Ll}'’-]*){0,2}`;
const CREDIT = new RegExp(
  [
    String.raw`\((?:(?:Photo|Image|Picture)s?(?: by)?:?\s*)?[^()]{0,80}\/\s*${AGENCY}[^()]{0,40}\)`,
    String.raw`\((?:Photo|Image|Picture|Credit)s?(?: by)?:?\s*[^()]{1,80}\)`,
    // The outlet's own archive credit: "… attends a news conference in Moscow. (File photo)".
    String.raw`\((?:[Ff]ile|[Ss]taff|[Pp]ool|[Hh]andout|[Aa]rchive) (?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)\)`,
    String.raw`\b(?:REUTERS|AFP|EPA|AP Photo|Reuters)\/${NAME}`,
    String.raw`\b(?:Photo|Image|Picture)(?: by)?:\s*${NAME}\s*\/\s*${AGENCY}`,
    // Any outlet's credit "Outlet/First Last" (the outlet in one or two words) right after a caption that
    // ends on the full date the picture was taken ("… return, November 27, 2024. Wirenet/Jane Doe"): the
    // date and the slash are the shape, not the outlet's name. The photographer is two or three whole
    // capitalised words, and the next sentence must start right after them, so "… Jane Doe The talks"
    // keeps its "The".
    String.raw`(?<=\b(?:19|20)\d{2}\.\s{0,2})\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+)?\/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,2}(?=\s+["“]?\p{Lu}|\s*$)`,
    // A credit glued to the story's next sentence with no space, on a page that lost its line breaks
    // ("… in Belém, Brazil. Photo: Equator PostSaudi Arabia, Russia …"): the label, a few words of the
    // credit, and three lower-case letters run straight into a capitalised word. A name's own inner
    // capital ("McLeod") follows fewer lower-case letters.
    String.raw`\b(?:Photo|Image|Picture|PHOTO|IMAGE|Foto)(?: by)?:\s*(?:[\p{L}.'’&/-]+\s+){0,4}?[\p{L}.'’&/-]*?\p{Ll}{3}(?=\p{Lu}\p{Ll})`,
  ].join('|'),
  'gu',
);
/**
 * The pieces a short flattened line can hold (a paragraph or two with a caption or an advert marker
 * glued in with no space around it): only these open the short line to the cuts below. Gated on
 * indexOf cues first, since this runs on every line.
 */
const GLUED_PIECE =
  /\b(?:Photo|Image|Picture|PHOTO|IMAGE|Foto)(?: by)?:[^.!?]{1,60}?\p{Ll}{3}\p{Lu}\p{Ll}|[\p{Ll}\d][.!?]["”’]?(?:ADVERTISEMENT|Advertisement)\p{Lu}/u;
function gluedPiece(line: string): boolean {
  return (
    line.length >= 80 &&
    (line.includes('hoto') ||
      line.includes('HOTO') ||
      line.includes('mage:') ||
      line.includes('IMAGE:') ||
      line.includes('icture') ||
      line.includes('DVERTISEMENT') ||
      line.includes('dvertisement')) &&
    GLUED_PIECE.test(line)
  );
}
const ADVERT_GLUED = /(^|[.!?]["”’]?\s*)(?:ADVERTISEMENT|Advertisement)(?=\s*[\p{Lu}“"]|\s*$)/gu;

/**
 * A caption without a credit, glued in: the photo's description ends with the full date it was taken,
 * year included, and often the place ("… speaks at a news conference on Feb. 3, 2025, in Brussels,
 * Belgium."). Story sentences rarely end on a full date with its year, and when they do
 * they are in the past tense ("Russia invaded on Feb. 24, 2022."), which captions never are.
 */
const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATED_END = new RegExp(
  String.raw`\bon (?:\p{Lu}\p{Ll}+day, )?${MONTH_NAME}\.? \d{1,2}, (?:19|20)\d{2}(?:,? (?:in|near|outside) (?:\p{Lu}[\p{L}'’.-]*(?:,? |(?=[.])))+)?\.(?=\s*["“]?\p{Lu}|\s*$)`,
  'gu',
);
/**
 * A source's name in brackets after the caption's full date ("… in Berlin, Dec. 15, 2025. (Presidential
 * Office) Umerov wrote …"): names and their glue words only, right after the year's stop, with the next
 * sentence or the line's end after it. A story's bracketed aside has lower-case words of its own.
 */
const DATED_SOURCE =
  /\b(?:19|20)\d{2}\.\s{0,2}\(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|the|for|and|\p{Lu}[\p{L}.'’-]*)){0,5}\)(?=\s*["“]?\p{Lu}|\s*$)/gu;

/** Past tense, perfect, future, reported speech or quotes: a story sentence, not a picture's description. */
const NOT_DESCRIPTION =
  /\b(?:was|were|had|has|have|did|will|would|could|should|said|says|told|announced|according)\b|["“”]/i;
/**
 * A word in -ed used as a verb: not the first word, not after an article, and not a participle that
 * describes a noun ("a ship loaded with grain", "buildings damaged by shelling"). "Opened in Istanbul"
 * could be either, and is taken as the past tense: losing a caption costs less than losing a sentence.
 */
const PAST_VERB = /(?<!\b(?:a|an|the|and)\s)(?<=\s)\p{Ll}{3,}ed\b(?!\s+(?:with|by)\b)/u;

/**
 * Sentence starts for the dated captions, stricter than BOUNDARY: a stop after a capital followed by a
 * space is an abbreviation ("U.S. President Donald Trump"), which captions often carry; a stop after a
 * capital glued to the next word ("in Washington, D.C.The latest") still ends a sentence.
 */
const STRICT_BOUNDARY =
  /(?<=[\p{Ll}\d'’][.!?]["”’)]?)\s*(?=["“]?\p{Lu})|(?<=\p{Lu}[.!?])(?=["“]?\p{Lu}\p{Ll})/gu;

function strictSentenceStart(text: string, end: number): number {
  const before = text.slice(0, end);
  let start = 0;
  for (const m of before.matchAll(STRICT_BOUNDARY)) start = (m.index ?? 0) + m[0].length;
  return start;
}

function isDatedCaption(description: string): boolean {
  const words = wordCount(description);
  return words >= 5 && words <= 40 && !NOT_DESCRIPTION.test(description) && !PAST_VERB.test(description);
}

/**
 * A caption without a credit or a date, glued in: it places the people in the picture ("Delegation head
 * Jane Roe, center, arrives for talks in Geneva, Switzerland."). A name followed by where it stands in the
 * frame, set off by commas, is how a picture is described; a story says where someone stood in words of
 * its own. The sentence must still read as a description (isDatedCaption: present tense, no speech).
 */
const POSITIONED =
  /\p{Lu}[\p{L}'’-]+, (?:(?:second |third )?(?:from )?(?:left|right)|cent(?:er|re)|(?:top|bottom|front|back|far) (?:left|right|row)|foreground|background)(?:,| and\b)/gu;
/** Where the sentence that holds a match ends: a stop after a lower-case letter or digit, or glued to a capital. */
const SENTENCE_END =
  /(?<=[\p{Ll}\d'’][.!?]["”’)]?)(?=\s*["“]?\p{Lu}|\s*$)|(?<=\p{Lu}[.!?])(?=["“]?\p{Lu}\p{Ll}|\s*$)/gu;

function sentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m === null ? -1 : m.index;
}

export interface Stripped {
  readonly text: string;
  readonly captions: readonly string[];
  readonly trailers: readonly string[];
  readonly adverts: number;
  /** A pointer to another story glued after the paragraph ("Also Read: …"), cut from the line's end. */
  readonly pointers?: readonly string[];
  /** A player's or a newsletter's prompt glued between two sentences, cut out (gluedPrompts). */
  readonly prompts?: readonly string[];
}

// A footnote marker after the stop ("… of the EU's population.[2]Polish …") still ends the sentence.
const BOUNDARY = /[.!?]["”’]?(?:\[\d{1,3}\])*\s*(?=[“"]?\p{Lu})/gu;

/** The start of the sentence that ends at `end` (exclusive) in `text`: just after the previous stop. */
function sentenceStart(text: string, end: number): number {
  const before = text.slice(0, end).replace(/[\s.!?"”’]+$/, '');
  let start = 0;
  for (const m of before.matchAll(BOUNDARY)) start = (m.index ?? 0) + m[0].length;
  return start;
}

/**
 * A line that holds the story itself, several paragraphs glued together: a hundred words or more in four
 * sentences or more. Block rules that judge a line by its place (small print under a copyright notice,
 * a footer's own sentences) are about lines a paragraph long; a line this long and this full of
 * sentences is the page's text, and only the pieces glued inside it are cut (stripInline below).
 */
const STOP = /[.!?]["”’)]?(?=\s*["“]?\p{Lu}|\s*$)/gu;
export function isGluedStory(text: string): boolean {
  if (text.length < 500 || wordCount(text) < 100) return false;
  let stops = 0;
  STOP.lastIndex = 0;
  while (STOP.exec(text) !== null) if (++stops >= 4) return true;
  return false;
}

/**
 * Only lines long enough to be several paragraphs glued together are searched, or a shorter line with a
 * caption's credit or an advert marker glued to its sentences with no space (gluedPiece).
 */
export function stripInline(line: string): Stripped | null {
  const glued = gluedPrompts(line);
  if (glued === null) return stripPointerAndPieces(line);
  const rest = stripPointerAndPieces(glued.text) ?? {
    text: glued.text,
    captions: [],
    trailers: [],
    adverts: 0,
  };
  return { ...rest, prompts: glued.prompts };
}

function stripPointerAndPieces(line: string): Stripped | null {
  const at = tailPointerAt(line);
  if (at < 0) return stripPieces(line);
  const head = line.slice(0, at).trimEnd();
  const rest = stripPieces(head) ?? { text: head, captions: [], trailers: [], adverts: 0 };
  return { ...rest, pointers: [line.slice(at).trim()] };
}

/**
 * A prompt glued between two sentences of a paragraph by a scraper that flattened the page: a video
 * player's "Autoplay is on. Next video starts in 5 seconds. Cancel", or a newsletter's "Sign up for the
 * Daily Dispatch, free every Tuesday." Each starts right after a sentence's stop and ends before the next
 * sentence's capital (or the line's end); a story's own sentence does not tell the reader to sign up for
 * a newsletter or name the player's state. Gated on rare stems (indexOf) before the patterns run.
 */
const GLUED_PLAYER =
  /(?<=[.!?]["”’]?)\s+Autoplay is (?:on|off)\.(?:\s+(?:Next|Up next)\b[^.!?]{0,60}\.)?(?:\s+Cancel\b)?(?=\s+["“]?\p{Lu}|\s*$)/gu;
const GLUED_SIGNUP =
  /(?<=[.!?]["”’]?)\s+(?:Sign up|Subscribe) (?:for|to) [^.!?]{3,100}?\b(?:newsletters?|dispatch|briefing|digest|bulletin|round-?up)\b[^.!?]{0,60}[.!](?=\s+["“]?\p{Lu}|\s*$)/giu;
/**
 * A newsletter's pitch glued in the same way, promising the news "delivered to your inbox", with its
 * button after it ("Get the latest Middle East news delivered to your inbox. Sign up here."): one
 * sentence from the stop before it, the button's few words after. A story does not deliver to "your" inbox.
 */
const GLUED_INBOX =
  /(?<=[.!?]["”’]?)\s+\p{Lu}[^.!?]{0,100}?\b(?:delivered|sent|straight|direct(?:ly)?) (?:to|into) your inbox[.!](?:\s+(?:Sign up|Subscribe|Register)(?: here| now| today| for free)?[.!])?(?=\s+["“]?\p{Lu}|\s*$)/gu;
/**
 * A pointer to another story glued between two sentences ("… in the Amazon. ALSO READ: Soy exporters
 * watch Brussels rules closely The version announced …"): the label and a colon after a stop, then a
 * headline with no stop, up to the next sentence's first word, a capitalised opener ("The", "A", "In",
 * "But", …) followed by a lower-case word. A title-case headline capitalises the word after its "The";
 * a pointer at the line's end is TAIL_POINTER's.
 */
const GLUED_POINTER =
  /(?<=[.!?]["”’]?)\s+(?:Also [Rr]ead|ALSO READ|Read [Aa]lso|READ ALSO|See [Aa]lso|SEE ALSO)\s*:\s*["“‘']?\p{Lu}[^.!?]{10,160}?(?=\s+(?:The|A|An|In|On|At|But|And|It|Its|This|That|These|Those|After|While|When|For|He|She|They|We|Officials)\s+\p{Ll})/gu;
function gluedPrompts(line: string): { text: string; prompts: string[] } | null {
  const player = line.includes('utoplay');
  const signup = line.includes('ign up') || line.includes('ubscribe to');
  const inbox = line.includes('r inbox');
  const pointer =
    line.includes('EAD:') || line.includes('ead:') || line.includes('LSO:') || line.includes('lso:');
  if (!player && !signup && !inbox && !pointer) return null;
  const prompts: string[] = [];
  const cut = (m: string) => {
    prompts.push(m.trim());
    return '';
  };
  let text = line;
  if (player) text = text.replace(GLUED_PLAYER, cut);
  if (signup) text = text.replace(GLUED_SIGNUP, cut);
  if (inbox) text = text.replace(GLUED_INBOX, cut);
  if (pointer) text = text.replace(GLUED_POINTER, cut);
  return prompts.length === 0 ? null : { text: text.replace(/ {2,}/g, ' ').trim(), prompts };
}

/**
 * A pointer to another story glued after a paragraph's last sentence: "… because of the oil purchases.
 * Also Read: Exporters seek help as tariffs bite", or glued to the stop with no space ("… of
 * Palestinians.Also read: …"). The label and a colon right after a stop, then a
 * headline with no stop of its own to the end of the line; a story's sentence that goes on after "Read
 * more:" ends on its stop. Gated on the label's last letters and a colon (indexOf), and the pattern is
 * tried on the line's last 240 characters only. Returns where the pointer starts, or -1.
 */
const TAIL_POINTER =
  /[.!?]["”’]?\s*((?:Also [Rr]ead|ALSO READ|Read [Aa]lso|READ ALSO|Read [Mm]ore|READ MORE|See [Aa]lso|SEE ALSO)\s*:\s*["“‘']?\p{Lu}[^.!?]{10,200})$/u;
function tailPointerAt(line: string): number {
  if (
    line.length < 80 ||
    !(
      line.includes('ead:') ||
      line.includes('EAD:') ||
      line.includes('lso:') ||
      line.includes('LSO:') ||
      line.includes('ore:') ||
      line.includes('ORE:')
    )
  )
    return -1;
  const from = Math.max(0, line.length - 240);
  const m = TAIL_POINTER.exec(line.slice(from));
  return m === null ? -1 : from + (m.index ?? 0) + m[0].length - (m[1] as string).length;
}

function stripPieces(line: string): Stripped | null {
  // Cheap length test first: this runs on every line, and sixty words never fit in 250 characters.
  const long =
    line.length >= 250 &&
    /[/(]|dvertisement|DVERTISEMENT|\d{4}[.,]|, (?:cent|left|right|second|third|top|bottom|front|back|far|fore)/.test(
      line,
    ) &&
    wordCount(line) >= 60;
  if (!long && !gluedPiece(line)) return null;
  CREDIT.lastIndex = 0;
  INLINE_CREDITS.lastIndex = 0;
  ADVERT_GLUED.lastIndex = 0;
  DATED_END.lastIndex = 0;
  DATED_SOURCE.lastIndex = 0;
  POSITIONED.lastIndex = 0;
  if (
    !CREDIT.test(line) &&
    !DATED_SOURCE.test(line) &&
    !INLINE_CREDITS.test(line) &&
    !ADVERT_GLUED.test(line) &&
    !DATED_END.test(line) &&
    !POSITIONED.test(line)
  )
    return null;
  const captions: string[] = [];
  const trailers: string[] = [];
  let adverts = 0;
  let text = line.replace(INLINE_CREDITS, (m) => {
    trailers.push(m);
    return ' ';
  });
  text = text.replace(ADVERT_GLUED, (_m, lead: string) => {
    adverts++;
    // The marker glued between two sentences ("chapter.ADVERTISEMENTTo block"): a space keeps them apart.
    return lead === '' ? '' : `${lead.trimEnd()} `;
  });
  // Cut captions from the end backwards so earlier offsets stay valid.
  CREDIT.lastIndex = 0;
  const matches = [...text.matchAll(CREDIT)].reverse();
  for (const m of matches) {
    const at = m.index ?? 0;
    let from = at;
    const start = sentenceStart(text, at);
    const description = text.slice(start, at);
    if (
      start < at &&
      wordCount(description) <= 35 &&
      !/\b(?:said|says|told)\b|["“”]/.test(description) &&
      /[.!?,]\s*$/.test(description)
    )
      from = start;
    captions.unshift(text.slice(from, at + m[0].length).trim());
    text = `${text.slice(0, from).replace(/\s+$/, '')} ${text.slice(at + m[0].length).replace(/^\s+/, '')}`;
  }
  // Then captions known only by their dated ending, again from the end backwards.
  DATED_END.lastIndex = 0;
  for (const m of [...text.matchAll(DATED_END)].reverse()) {
    const end = (m.index ?? 0) + m[0].length;
    const start = strictSentenceStart(text, m.index ?? 0);
    const caption = text.slice(start, end);
    if (!isDatedCaption(caption)) continue;
    captions.unshift(caption.trim());
    text = `${text.slice(0, start).replace(/\s+$/, '')} ${text.slice(end).replace(/^\s+/, '')}`;
  }
  // Then captions closed by their date and the source's name in brackets, again from the end backwards:
  // the caption runs from the sentence's start (abbreviations such as "U.S." kept inside) to the bracket.
  DATED_SOURCE.lastIndex = 0;
  for (const m of [...text.matchAll(DATED_SOURCE)].reverse()) {
    const end = (m.index ?? 0) + m[0].length;
    const start = strictSentenceStart(text, m.index ?? 0);
    const caption = text.slice(start, end);
    if (!isDatedCaption(caption.slice(0, caption.lastIndexOf('(')))) continue;
    captions.unshift(caption.trim());
    text = `${text.slice(0, start).replace(/\s+$/, '')} ${text.slice(end).replace(/^\s+/, '')}`;
  }
  // Then captions known only by the people's places in the frame, again from the end backwards.
  POSITIONED.lastIndex = 0;
  for (const m of [...text.matchAll(POSITIONED)].reverse()) {
    const at = m.index ?? 0;
    const start = strictSentenceStart(text, at);
    const end = sentenceEnd(text, at + m[0].length);
    if (end < 0) continue;
    const caption = text.slice(start, end);
    if (!isDatedCaption(caption)) continue;
    captions.unshift(caption.trim());
    text = `${text.slice(0, start).replace(/\s+$/, '')} ${text.slice(end).replace(/^\s+/, '')}`;
  }
  // An advert marker glued right after a caption's credit ("Photo: Jane RoeAdvertisementThe talks …")
  // follows no stop until the caption is gone: look again now that it sits after the sentence before.
  if (text.includes('dvertisement') || text.includes('DVERTISEMENT')) {
    ADVERT_GLUED.lastIndex = 0;
    text = text.replace(ADVERT_GLUED, (_m, lead: string) => {
      adverts++;
      return lead === '' ? '' : `${lead.trimEnd()} `;
    });
  }
  return { text: text.replace(/ {2,}/g, ' ').trim(), captions, trailers, adverts };
}
