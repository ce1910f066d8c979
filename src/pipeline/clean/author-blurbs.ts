/**
 * Author blurbs and sign-offs around the story: a blurb under the byline about a person the byline names
 * ("Jane Doe is a senior fellow at …"), and bios and newsletter sign-offs in the tail. The wording is
 * recognised in trailers.ts; this file decides where on the page such lines may be removed.
 */

import { type Entry, remove } from './entry.ts';
import { wordCount } from './normalize.ts';
import { isAuthorBlurb, isCorrectionNote, isTailTrailer } from './trailers.ts';

/**
 * The capitalised words of the byline area: the lines above the first paragraph of prose that are
 * bylines or short lines (not the headline). An author blurb's subject is one of them.
 */
export function bylineNames(entries: readonly Entry[]): Set<string> {
  const names = new Set<string>();
  for (const e of entries) {
    if (e.state === 'prose' || e.state === 'keep') break;
    if (e.state === 'title' || wordCount(e.text) > 8) continue;
    if (e.state !== 'short' && e.reason !== 'chrome') continue;
    for (const w of e.text.split(/[\s,;|]+/))
      if (/^\p{Lu}\p{L}/u.test(w) && !/^(?:By|And|From|With)$/.test(w)) names.add(w.replace(/[.,:]$/, ''));
  }
  return names;
}

/** Author blurbs between the headline (or the top) and the first paragraph of the story. */
export function markHeadBlurbs(entries: Entry[], names: ReadonlySet<string>): void {
  if (names.size === 0) return;
  for (const e of entries) {
    if (e.state === 'removed' || e.state === 'short' || e.state === 'title') continue;
    if (e.state !== 'prose' || !isAuthorBlurb(e.text, names)) return;
    remove(e, 'footer');
  }
}

/**
 * The tail of the article: walking up from the last line, past what is already removed and past short
 * lines (not yet judged), author bios and newsletter sign-offs are removed until the first line that is
 * neither (the story's last paragraph). Runs before short lines are judged, so that a name above a bio
 * is not mistaken for a subheading between two paragraphs.
 */
export function markTail(entries: Entry[], names: ReadonlySet<string>): void {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e || e.state === 'removed') continue;
    // Short lines are judged later by their neighbours (an author's name above the bio, say); but a bio
    // printed without its full stop ("X is a senior fellow at the Y institute") is a bio all the same.
    if (e.state === 'short') {
      if (wordCount(e.text) >= 8 && isTailTrailer(e.text)) remove(e, 'footer');
      continue;
    }
    // The paper's correction under the article ("This article was amended on 21 November …") belongs
    // to the story and stays, but the bios above it are still the tail.
    if (e.state === 'prose' && isCorrectionNote(e.text)) continue;
    if (e.state === 'title' || !(isTailTrailer(e.text) || isAuthorBlurb(e.text, names))) break;
    remove(e, 'footer');
  }
}
