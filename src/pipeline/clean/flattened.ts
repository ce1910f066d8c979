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
    String.raw`\b(?:REUTERS|AFP|EPA|AP Photo|Reuters)\/${NAME}`,
    String.raw`\b(?:Photo|Image|Picture)(?: by)?:\s*${NAME}\s*\/\s*${AGENCY}`,
  ].join('|'),
  'gu',
);
const ADVERT_GLUED = /(^|[.!?]["”’]?\s*)(?:ADVERTISEMENT|Advertisement)(?=\s*[\p{Lu}“"]|\s*$)/gu;

export interface Stripped {
  readonly text: string;
  readonly captions: readonly string[];
  readonly trailers: readonly string[];
  readonly adverts: number;
}

const BOUNDARY = /[.!?]["”’]?\s*(?=[“"]?\p{Lu})/gu;

/** The start of the sentence that ends at `end` (exclusive) in `text`: just after the previous stop. */
function sentenceStart(text: string, end: number): number {
  const before = text.slice(0, end).replace(/[\s.!?"”’]+$/, '');
  let start = 0;
  for (const m of before.matchAll(BOUNDARY)) start = (m.index ?? 0) + m[0].length;
  return start;
}

/** Only lines long enough to be several paragraphs glued together are searched. */
export function stripInline(line: string): Stripped | null {
  // Cheap length test first: this runs on every line, and sixty words never fit in 250 characters.
  if (line.length < 250 || !/[/(]|dvertisement|DVERTISEMENT/.test(line) || wordCount(line) < 60) return null;
  CREDIT.lastIndex = 0;
  INLINE_CREDITS.lastIndex = 0;
  ADVERT_GLUED.lastIndex = 0;
  if (!CREDIT.test(line) && !INLINE_CREDITS.test(line) && !ADVERT_GLUED.test(line)) return null;
  const captions: string[] = [];
  const trailers: string[] = [];
  let adverts = 0;
  let text = line.replace(INLINE_CREDITS, (m) => {
    trailers.push(m);
    return ' ';
  });
  text = text.replace(ADVERT_GLUED, (_m, lead: string) => {
    adverts++;
    return lead;
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
  return { text: text.replace(/ {2,}/g, ' ').trim(), captions, trailers, adverts };
}
