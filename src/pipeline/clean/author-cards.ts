/**
 * An author card between the headline and the story, as think tanks and journals set them: the name on a
 * line of its own, the job title under it, and a line or two more of credentials, with no sentence among
 * them ("Dr Jane Roe" / "Senior Fellow, Maritime Programme" / "Former adviser to the fisheries
 * ministry"). Each line alone is a short line, which could be a standfirst or a subheading; the shape of
 * the block (a person's name, then a role opening the next line) is what gives it away.
 *
 * Only blocks above the story's first paragraph are looked at (the title's block and its standfirst
 * excepted), so a "who's who" box inside the story ("Anna Berg" / "Chief negotiator, Maravia") stays.
 * Linear: one pass to the story's start, each block looked at once, at most four lines.
 */

import { type Entry, remove } from './entry.ts';
import { wordCount } from './normalize.ts';

/** A person's name: two to four capitalised words, an honorific allowed in front. Case-sensitive. */
const NAME =
  /^(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Ms|Mrs|Lord|Lady|Baroness)\.?\s+)?\p{Lu}[\p{Ll}'’.-]*(?:[\p{Lu}][\p{Ll}'’-]*)*(?:\s+(?:(?:van|von|de|der|da|di|du|le|la|al|bin|ibn)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * A job title opening the line, capitalised as cards print it ("Senior Fellow, …", "Director of …",
 * "Associate Professor at …"): the role, then a comma, a preposition or the end of the line.
 */
const ROLE =
  /^(?:(?:Senior|Junior|Principal|Chief|Deputy|Associate|Assistant|Visiting|Distinguished|Non-?[Rr]esident|Research|Executive|Managing|Former|Acting|Contributing|Founding|Programme|Program)\s+)*(?:Fellow|Director|Professor|Lecturer|Researcher|Analyst|Editor|Correspondent|Adviser|Advisor|Head|Chair|President|Reporter|Columnist|Economist|Scholar|Writer|Journalist|Expert|Manager|Lead|Partner)\b(?:,|\s+(?:of|at|on|for|in|and|to)\b|$)/u;

/** A line of the card: short, no sentence punctuation at its end. */
function cardLine(e: Entry): boolean {
  return e.state !== 'removed' && wordCount(e.text) <= 16 && !/[.!?:;]["”’]?$/u.test(e.text);
}

export function markAuthorCards(entries: Entry[]): void {
  const t = entries.findIndex((e) => e.state === 'title');
  if (t < 0) return;
  const titleBlock = (entries[t] as Entry).block;
  let i = t + 1;
  while (i < entries.length) {
    const first = entries[i] as Entry;
    // The story has begun: prose outside the title's block (which holds the standfirst).
    if (first.state === 'prose' && first.block !== titleBlock) return;
    let end = i;
    while (end + 1 < entries.length && (entries[end + 1] as Entry).block === first.block) end++;
    const block = entries.slice(i, end + 1).filter((e) => e.state !== 'removed');
    if (
      first.block !== titleBlock &&
      block.length >= 2 &&
      block.length <= 4 &&
      block.every(cardLine) &&
      NAME.test((block[0] as Entry).text) &&
      ROLE.test((block[1] as Entry).text)
    ) {
      for (const e of block) remove(e, 'chrome');
    }
    // A block with prose in it ends the head of the page.
    if (block.some((e) => e.state === 'prose') && first.block !== titleBlock) return;
    i = end + 1;
  }
}
