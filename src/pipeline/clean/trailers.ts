/**
 * What trails an article once its last paragraph is written: the agency's reporting credits
 * ("(Reporting by …; Editing by …)"), the author's bio ("X is a senior fellow at …"), an opinion
 * disclaimer ("The views expressed … are the author's own"), a print-edition note ("A version of this
 * article appears in print on …") and a newsletter's sign-off ("Thanks for reading"). They read like
 * sentences, so the line rules let them through as prose; their phrasing gives them away.
 *
 * Bracketed reporting credits are unambiguous wherever they stand and are removed by the line rules. The
 * rest could, in principle, be a sentence of the story ("Smith is a senior fellow at the institute."), so
 * index.ts only removes them in the article's tail: walking up from the end, past what is already removed.
 */

import { wordCount } from './normalize.ts';

/** "(Reporting by A in Kyiv; Editing by B)", "Writing by …", "Compiled by …", with or without brackets. */
const CREDITS =
  /^\(?\s*(?:(?:additional |further )?reporting|writing|editing|compiled|research(?:ed)?|reported|produced|graphics?|translated|translation)\s+by\b[^()]*(?:;[^()]*)?\)?\.?$/i;

/** The same credits glued inside a flattened line: only the bracketed form has a clear end. */
export const INLINE_CREDITS =
  /\(\s*(?:(?:additional |further )?reporting|writing|editing|compiled|reported)\s+by\b[^()]{0,300}\)/gi;

/** "Jane Doe in Cairo contributed to this report.", "Additional reporting contributed by …". */
const CONTRIBUTED =
  /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b|^about the (?:authors?|writers?|contributors?)$/i;

const DISCLAIMER =
  /^(?:the )?(?:views|opinions) expressed\b|\b(?:do|does) not necessarily (?:reflect|represent)\b|\bare (?:solely )?(?:the author['’]s|their) own\b/i;

const PRINT_NOTE =
  /^(?:a version of )?this (?:article|story|essay|piece) (?:also )?(?:appears|appeared|was published|will appear)\b.*\b(?:print|edition|issue|magazine|headline)\b/i;

/** "Name Surname is a senior fellow at …", "… covers politics for …", "… is the author of …". */
const BIO =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s+(?:(?:is|was|has been)\b.*\b(?:correspondent|reporter|writer|editor|columnist|fellow|professor|lecturer|director|author|analyst|researcher|contributor|journalist|scholar|chair|founder|host|producer|based in)|covers\b|writes (?:about|on|for)\b|reports (?:on|from|for)\b)/u;

const SIGN_OFF =
  /^(?:that['’]s (?:all|it) for (?:this week|today|now|this edition)|thanks? (?:you )?for reading|see you (?:next|tomorrow|on)|until next (?:time|week)|have a (?:tip|story|question)|got a (?:tip|story)|(?:questions|feedback|tips)\??\s+(?:email|write|reply))\b/i;

/** Lines that are never the story, wherever they stand. */
/** Reporting credits: never the story, wherever they stand (anchored, so cheap on every line). */
export function isTrailer(text: string, words = wordCount(text)): boolean {
  return words <= 60 && CREDITS.test(text);
}

/**
 * Lines that are not the story when they come after it: author bios, contributor notes, disclaimers,
 * print-edition notes and newsletter sign-offs (and credits). Only the tail is tested, which keeps both
 * the cost and the risk of taking a sentence of the story for one of these low.
 */
export function isTailTrailer(text: string): boolean {
  const words = wordCount(text);
  if (words > 50 || /\b(?:said|says|told)\b/.test(text)) return false;
  return (
    isTrailer(text, words) ||
    (words <= 30 && CONTRIBUTED.test(text)) ||
    DISCLAIMER.test(text) ||
    PRINT_NOTE.test(text) ||
    (words <= 45 && (BIO.test(text) || SIGN_OFF.test(text)))
  );
}
