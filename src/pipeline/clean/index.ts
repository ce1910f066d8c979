/**
 * clean(body, format): keep the article, drop the rest, and say what was dropped and why.
 *
 * Written by hand because no installed library does this for text: Readability (used for HTML in
 * src/ingest/html.ts) needs a DOM, and scraped .txt/.md bodies have none. This file is only the order of
 * the stages; each lives in its own file:
 *   read-entries.ts    body → entries: normalize.ts (whitespace, NBSP, zero-width), hard-wrapped paragraphs
 *                      joined, markdown.ts (markdown remnants → text + structure), flattened.ts (captions,
 *                      credits and adverts glued inside a one-line body or a short line, an "Also
 *                      Read: …" pointer glued after a paragraph, and a player's or newsletter's prompt
 *                      glued between two sentences, cut out), glued-head.ts (a headline glued after the
 *                      kicker or reading-time label above it, cut free), a drop cap's letter put back on its
 *                      line, captions.ts, and each
 *                      line's first verdict from lines.ts (prompt, advert, stamp, byline, footer, prose or
 *                      "short"; with consent.ts, newsletter.ts, trailers.ts, notices.ts, stamps.ts, prose.ts)
 *   (read-entries.ts)  frameCaptions: a caption framed by its credit line above ("Getty Images") or below
 *                      ("Jane Roe for The Daily"), the two alone in their block; matchImageCaptions: an
 *                      italic line under a picture that repeats the picture's description
 *   social-embeds.ts   an embedded social post: the "Name @handle" line and the post's words above its stamp
 *   consent.ts         a consent dialog's paragraph between its heading and buttons, and the other
 *                      language's twin of a consent line in a bilingual banner
 *   collapsed-boxes.ts a box folded shut: its label and title over a "Show" toggle
 *   appeal-labels.ts   the label over a reader appeal ("Note from the author:")
 *   related-blocks.ts  related-content headings and the lists that follow them (phrasing in blocks.ts),
 *                      runs of "11:32 Headline" sidebar items, and a next story loaded under "Next article"
 *   promo-boxes.ts     sponsor blocks, advert copy, newsletter sign-up boxes, polls, event/promo boxes,
 *                      subscription appeals after the story, a membership appeal over its button, and (last of all, once short lines are
 *                      judged) what is left of a paywall's offer boxes under the story
 *   contents-lists.ts  a table of contents: short lines that each come back as a subheading below
 *   fact-boxes.ts      lists, tables and fact boxes (timelines, figures) inside the article
 *   section-names.ts   a digest's source names in capitals over the items it keeps
 *   repeated-chrome.ts the site's name shown both above and below the story; a slot label printed three
 *                      times or more through the story ("Article content" after each advert break)
 *   byline-labels.ts   a label over the byline ("Author of the article:" / name / stamp)
 *   title.ts           the headline and its standfirst
 *   author-cards.ts    an author card between the headline and the story (name / job title / credentials)
 *   author-blurbs.ts   author blurbs under the byline; bios and sign-offs in the tail (wording in trailers.ts)
 *   legal-tail.ts      small print wedged before or trailing the site's copyright notice
 *   end-mark.ts        a release's small print under its end mark ("* *** *", "###", "-30-", "ENDS")
 *   pull-quotes.ts     a sentence of the story repeated in quote marks as a pull quote, or without them
 *                      when it repeats how the paragraph beside it ends
 *   video-cards.ts     a video's headline above its running time ("02:38 - Source: X")
 *   short-lines.ts     short lines judged by their neighbours
 *   rejudge-subheads.ts  lone subheadings judged again once the menu beside them is gone
 *   build-result.ts    entries → paragraphs (paragraphs.ts, repair.ts), verbatim duplicates dropped
 * Entries and their neighbours are in entry.ts and neighbours.ts. Pure and deterministic.
 */

import { markAppealLabels } from './appeal-labels.ts';
import { bylineNames, markHeadBlurbs, markTail } from './author-blurbs.ts';
import { markAuthorCards } from './author-cards.ts';
import { build } from './build-result.ts';
import { markBylineLabels } from './byline-labels.ts';
import { markCollapsedBoxes } from './collapsed-boxes.ts';
import { markConsentDialogs, markConsentTwins } from './consent.ts';
import { markContentsLists } from './contents-lists.ts';
import { markAfterEndMark } from './end-mark.ts';
import {
  markFactBoxes,
  markIntroducedRuns,
  markListRuns,
  markNumberBoxes,
  markSummaryPoints,
  markTables,
} from './fact-boxes.ts';
import { markLegalTail } from './legal-tail.ts';
import {
  markMemberAppeals,
  markNewsletterBoxes,
  markPollBlocks,
  markPromoBoxes,
  markSignupBoxes,
  markSponsorBlocks,
  markSubscribeBoxes,
  markTailPitchBoxes,
} from './promo-boxes.ts';
import { TERMINAL } from './prose.ts';
import { markPullQuotes } from './pull-quotes.ts';
import { attachCredits, frameCaptions, matchImageCaptions, readEntries } from './read-entries.ts';
import { rejudgeSubheads } from './rejudge-subheads.ts';
import { markRelatedBlocks, markTimedLists } from './related-blocks.ts';
import { markRecurringLabels, markRepeatedChrome } from './repeated-chrome.ts';
import { markSectionNames } from './section-names.ts';
import { judgeShortLines } from './short-lines.ts';
import { markSocialEmbeds } from './social-embeds.ts';
import { markTitle } from './title.ts';
import type { CleanResult } from './types.ts';
import { markVideoTitles } from './video-cards.ts';

export type { CleanResult, RemovalReason, Removed } from './types.ts';

export function clean(body: string, _format: 'text' | 'markdown' | 'html'): CleanResult {
  // The format does not switch rules: scraped "text" carries markdown remnants and text extracted from
  // HTML carries the same chrome lines, so every rule is safe on every format.
  const entries = readEntries(body);
  attachCredits(entries);
  frameCaptions(entries);
  matchImageCaptions(entries);
  markSocialEmbeds(entries);
  markCollapsedBoxes(entries);
  markAppealLabels(entries);
  markConsentDialogs(entries);
  markConsentTwins(entries);
  markRelatedBlocks(entries);
  markTimedLists(entries);
  markSponsorBlocks(entries);
  markSignupBoxes(entries);
  markNewsletterBoxes(entries);
  markPollBlocks(entries);
  markContentsLists(entries);
  markListRuns(entries);
  markIntroducedRuns(entries);
  markTables(entries);
  markSectionNames(entries);
  markPromoBoxes(entries);
  markSubscribeBoxes(entries);
  markMemberAppeals(entries);
  markRepeatedChrome(entries);
  const recurring = markRecurringLabels(entries);
  markBylineLabels(entries);
  const title = markTitle(entries);
  markAuthorCards(entries);
  markSummaryPoints(entries);
  const names = bylineNames(entries);
  markHeadBlurbs(entries, names);
  // The small print under the copyright notice goes first, so the walk up the tail reaches the bios.
  markLegalTail(entries);
  markAfterEndMark(entries);
  markTail(entries, names);
  markFactBoxes(entries);
  markNumberBoxes(entries);
  markPullQuotes(entries);
  markVideoTitles(entries);
  rejudgeSubheads(entries, judgeShortLines(entries, recurring));
  // Once the short lines are judged: the offer's buttons and plan names are what shows the box is chrome.
  markTailPitchBoxes(entries);
  return build(entries, title);
}

/** Re-exported for callers that only need the terminal-punctuation test (e.g. evaluation). */
export { TERMINAL };
