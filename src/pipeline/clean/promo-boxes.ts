/**
 * Boxes that sell or ask something of the reader, set inside the page as one block of lines: a sponsor's
 * message, advert copy between two advert labels, a newsletter sign-up box, a poll widget, an event or
 * podcast plug ending in a call to action. Each is removed whole, before short lines are judged, so its
 * short lines do not make a real subheading next to it look like part of a menu.
 */

import { type Entry, remove } from './entry.ts';
import { FORM_FIELD } from './lines.ts';
import { blockOf } from './neighbours.ts';
import { isSignupPitch, isSignupSmallPrint, isSponsorHeading } from './newsletter.ts';
import { wordCount } from './normalize.ts';
import { BYLINE_START } from './title.ts';

/**
 * A sponsor heading ("A message from our sponsor") was removed as an advert by the line rules; the lines
 * under it in the same block (no blank line between) are the sponsor's message.
 */
export function markSponsorBlocks(entries: Entry[]): void {
  markAdvertSandwiches(entries);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    // Only a heading that names a sponsor: "Story continues below" after an advert label resumes the story.
    if (e?.reason !== 'advertisement' || !isSponsorHeading(e.text)) continue;
    for (let k = i + 1; k < entries.length; k++) {
      const n = entries[k];
      if (!n || n.block !== e.block) break;
      if (n.state !== 'removed') remove(n, 'advertisement');
    }
  }
}

/** An advert slot's line that says the story goes on around it ("Story continues below advertisement"). */
const RESUME_MARK = /\b(?:continues|continue reading|scroll to continue)\b/i;

/**
 * An advert framed by two advert lines in one block ("Advertisement" / "Compare tariffs – switch in
 * minutes" / "Sponsored by X"): what lies between the label and the sponsor credit is the advert's copy.
 * Both ends are needed, so a paragraph that merely follows an "Advertisement" label is left to the other rules.
 */
function markAdvertSandwiches(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'advertisement' || RESUME_MARK.test(e.text)) continue;
    let end = -1;
    for (let k = i + 1; k < entries.length && k <= i + 4; k++) {
      const n = entries[k] as Entry;
      if (n.block !== e.block) break;
      // "Story continues below advertisement" hands back to the story: the slot it marks is the
      // story's own paragraph on each side, so no advert copy lies across it.
      if (n.reason === 'advertisement' && RESUME_MARK.test(n.text)) break;
      if (n.reason === 'advertisement') end = k;
    }
    for (let k = i + 1; k < end; k++) {
      const n = entries[k] as Entry;
      if (n.state !== 'removed' && wordCount(n.text) <= 30) remove(n, 'advertisement');
    }
  }
}

/**
 * A newsletter sign-up box: an e-mail field ("Enter your email") with, in the same block and within a
 * few lines, the box's pitch ("Sign up for …: our pick of the week, every Friday."), which reads as prose,
 * and its small print under the button ("Privacy notice: …"). Without a field, a "Sign up" button takes
 * only the pitch right above it (markPitchAbove).
 */
export function markSignupBoxes(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'prompt') continue;
    if (SIGNUP_BUTTON.test(e.text.replace(/[\s.!›»>→]+$/, ''))) {
      markPitchAbove(entries, i);
      continue;
    }
    if (!FORM_FIELD.test(e.text)) continue;
    for (let k = Math.max(0, i - 3); k < entries.length && k <= i + 3; k++) {
      const n = entries[k] as Entry;
      if (n.block !== e.block || n.state === 'removed') continue;
      if (isSignupPitch(n.text) || isSignupSmallPrint(n.text)) remove(n, 'prompt');
      // The box's heading: a short question touching the field ("Ready for more?"), the short line
      // that opens the box's block ("Don't miss the news that matters to you."), or the short line
      // wedged between the box's title, already a prompt, and the field ("Get the Morning Rundown" /
      // "Get a head start on the day's top stories." / "Enter your email").
      else if (
        (k === i - 1 && n.index === e.index - 1 && wordCount(n.text) <= 5 && /\?$/.test(n.text)) ||
        (entries[k - 1]?.block !== n.block && wordCount(n.text) <= 10) ||
        (k === i - 1 && n.index === e.index - 1 && underPrompt(entries, k) && wordCount(n.text) <= 12)
      )
        remove(n, 'prompt');
    }
  }
}

/**
 * Right under a line of the same block already removed as a prompt, with no blank line between, and
 * reporting no one: with the field right under it, the line is the box's own strap line.
 */
function underPrompt(entries: readonly Entry[], k: number): boolean {
  const n = entries[k] as Entry;
  const above = entries[k - 1];
  return (
    above !== undefined &&
    above.block === n.block &&
    above.index === n.index - 1 &&
    above.reason === 'prompt' &&
    !/\b(?:said|says|told|according)\b|["“”]/.test(n.text)
  );
}

/**
 * A newsletter box with neither field nor button left (both were inputs the scraper dropped): a short
 * heading and the pitch, two or three lines in a block of their own ("Unlock the Editor's Digest for
 * free" / "Our editor picks her favourite stories in this weekly newsletter."). The pitch names the
 * newsletter and how it arrives; a story's paragraph is a block of its own and reports someone.
 */
export function markNewsletterBoxes(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state === 'removed' || /\b(?:said|says|told)\b/.test(e.text)) continue;
    if (!isSignupPitch(e.text) || !NEWSLETTER_WORD.test(e.text)) continue;
    const box = blockOf(entries, i);
    if (box.length < 2 || box.length > 3 || box.some((n) => n !== e && wordCount(n.text) > 8)) continue;
    for (const n of box) if (n.state !== 'removed') remove(n, 'prompt');
  }
}

/** The box's button on a line of its own: "Sign up", "Subscribe now", "Sign me up". */
const SIGNUP_BUTTON = /^(?:sign (?:me )?up|subscribe)(?: (?:now|here|today|for free|free))?$/i;

/**
 * A sign-up box without an e-mail field (the field was an input the scraper dropped): the button, and
 * right above it in the same block, with no blank line between, the box's pitch ("Europe at a glance:
 * the day's top stories, every evening in your inbox."). Only the line touching the button, and only
 * when it names what a newsletter is (an inbox, a newsletter, a daily or weekly delivery): a paragraph
 * of the story that happens to precede a "Subscribe" button in a flattened page says none of that.
 */
function markPitchAbove(entries: Entry[], i: number): void {
  const button = entries[i] as Entry;
  const above = entries[i - 1];
  if (above === undefined || above.block !== button.block || above.index !== button.index - 1) return;
  if (above.state === 'removed' || /\b(?:said|says|told)\b/.test(above.text)) return;
  if (isSignupPitch(above.text) && NEWSLETTER_WORD.test(above.text)) remove(above, 'prompt');
}

/** What only a newsletter pitch says: where it arrives and how often. */
const NEWSLETTER_WORD =
  /\b(?:inbox|newsletters?|in your (?:e-?mail|mailbox)|every (?:day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:morning|evening|week)|delivered (?:daily|weekly|to you))\b/i;

/** A poll widget's controls: the button and the results link. */
const VOTE_CONTROL =
  /^(?:vote(?: now)?|submit(?: (?:vote|answer))?|send(?: (?:answer|vote))?|(?:view|see|show) (?:the )?results|cast your vote)$/i;
const POLL_CUE = /\b(?:poll|survey|quiz|have your say|vote)\b|\?["”’]?$/i;

/**
 * A poll widget: one block (no blank line inside) of short lines with a vote button or results link and
 * a question or "Poll" label, the rest being the answers ("Yes / No / Not sure"). Removed as a whole
 * before short lines are judged, so the answers do not make the next subheading look like a menu item.
 * A block with any line over 16 words is a paragraph, not a widget.
 */
export function markPollBlocks(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.state === 'prose' || !VOTE_CONTROL.test(e.text.replace(/[\s.!›»>]+$/, ''))) continue;
    const block = blockOf(entries, i);
    if (block.length < 4 || block.some((n) => wordCount(n.text) > 16)) continue;
    if (!block.some((n) => n !== e && POLL_CUE.test(n.text))) continue;
    for (const n of block) if (n.state !== 'removed') remove(n, 'prompt');
  }
}

/**
 * A promotion box: one block (no blank line inside) that ends in a call to action ("Register now",
 * "Sign up") and holds another line already known as chrome (a stamp, a separated details line), its
 * other lines short (a label, an event title, perhaps a question). An "UPCOMING EVENT" box, a podcast
 * or webinar plug. A paragraph of the story followed by a "Share" button is not one: its lines are long.
 */
/**
 * A subscription appeal after the story: one block that ends in the subscribe button ("Subscribe from $1
 * a week", already removed as a prompt), opened by one to three short lines that speak to the reader
 * ("Enjoying The Review?" / "Get unlimited access to our journalism …"), with no paragraph of the story
 * after it. A short last paragraph that happens to sit over a button reports someone, or does not
 * address the reader; a box in the middle of the story is left to the other rules.
 */
const SUBSCRIBE_BUTTON =
  /^(?:subscribe|sign up|join|become a (?:member|subscriber|supporter)|start (?:a |your )?(?:free )?trial)\b/i;
const TO_READER = /\b(?:you|your|our)\b|\?["”’]?$/i;

export function markSubscribeBoxes(entries: Entry[]): void {
  let lastProse = -1;
  for (let i = 0; i < entries.length; i++) if ((entries[i] as Entry).state === 'prose') lastProse = i;
  for (let i = lastProse + 1; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'prompt' || wordCount(e.text) > 8 || !SUBSCRIBE_BUTTON.test(e.text)) continue;
    let from = i;
    while (from > 0 && (entries[from - 1] as Entry).block === e.block) from--;
    const box = entries.slice(from, i).filter((n) => n.state !== 'removed');
    if (box.length < 1 || box.length > 3 || i - from > 4) continue;
    if (box.some((n) => wordCount(n.text) > 16 || /\b(?:said|says|told)\b/.test(n.text))) continue;
    if (!box.some((n) => TO_READER.test(n.text))) continue;
    for (const n of box) remove(n, 'prompt');
  }
}

/**
 * A membership appeal set inside the story, one paragraph right above its button ("We have reported
 * from the front since 2022. Our newsroom depends on readers. …" / "Become a member"): the paragraph
 * speaks as the outlet ("we", "our") and reports no one, sixty words at most, in the button's block on
 * the line right above it. A story's paragraph over a stray button reports someone or speaks of others.
 */
const MEMBER_BUTTON =
  /^(?:become a (?:member|subscriber|supporter|patron)|support (?:us|our (?:work|journalism|reporting))|donate(?: now| today)?|join (?:us|now|today))\b/i;
const AS_OUTLET = /\b(?:we|we['’](?:ve|re)|our|us)\b/i;

export function markMemberAppeals(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'prompt' || wordCount(e.text) > 6 || !MEMBER_BUTTON.test(e.text)) continue;
    const p = entries[i - 1] as Entry;
    if (p.block !== e.block || p.index !== e.index - 1 || p.state !== 'prose') continue;
    if (wordCount(p.text) > 60 || REPORTS.test(p.text) || !AS_OUTLET.test(p.text)) continue;
    remove(p, 'prompt');
  }
}

/**
 * What is left of a paywall's offer boxes below the story: the plans and reasons to pay, set as short
 * lines among buttons and links already removed ("Explore our full range of subscriptions." / "For
 * individuals" / …; "Why the Courier?" / "See why readers pay …" / "Find out why"). Only blocks after the
 * story's last paragraph (twenty words or more) and after a whole block of chrome (the paywall itself,
 * a share bar), that hold some chrome of their own and whose other lines — three at most — are short,
 * report no one, and at least one of them speaks to the reader or asks a question. A story's closing
 * short paragraph sits right under its last long one, before any block of chrome, and says who said it.
 */
export function markTailPitchBoxes(entries: Entry[]): void {
  let end = -1;
  for (let i = entries.length - 1; i >= 0 && end < 0; i--) {
    const e = entries[i] as Entry;
    if (e.state === 'prose' && wordCount(e.text) >= 20) end = i;
  }
  if (end < 0) return;
  let i = end + 1;
  while (i < entries.length && (entries[i] as Entry).block === (entries[end] as Entry).block) i++;
  let chromeBlockSeen = false;
  while (i < entries.length) {
    let j = i;
    while (j < entries.length && (entries[j] as Entry).block === (entries[i] as Entry).block) j++;
    const box = entries.slice(i, j);
    i = j;
    const kept = box.filter((n) => n.state !== 'removed');
    if (kept.length === 0) {
      chromeBlockSeen = true;
      continue;
    }
    if (!chromeBlockSeen || kept.length === box.length || kept.length > 3) continue;
    if (kept.some((n) => wordCount(n.text) > 16 || REPORTS.test(n.text))) continue;
    if (!kept.some((n) => TO_READER_OR_ASKS.test(n.text))) continue;
    for (const n of kept) remove(n, 'prompt');
  }
}
const REPORTS = /\b(?:said|says|told|according)\b|["“”]/;
const TO_READER_OR_ASKS = /\b(?:you|your|our|we|us)\b|\?["”’]?$/i;

/** A story's publication stamp or reading time ("Published …", "Updated …", "4 min read"). */
export const ARTICLE_STAMP = /^(?:published|updated|posted|last updated)\b|\b\d+\s*min(?:ute)?s?\s+read\b/i;

export function markPromoBoxes(entries: Entry[]): void {
  let start = 0;
  for (let i = 1; i <= entries.length; i++) {
    const e = entries[i];
    const first = entries[start] as Entry;
    if (e !== undefined && e.block === first.block && e.index === (entries[i - 1] as Entry).index + 1)
      continue;
    const box = entries.slice(start, i);
    start = i;
    const last = box[box.length - 1] as Entry;
    if (box.length < 3 || last.reason !== 'prompt') continue;
    if (!box.some((n) => n !== last && n.state === 'removed' && n.reason !== 'prompt')) continue;
    if (box.some((n) => n.state !== 'removed' && (wordCount(n.text) > 16 || n.md.list !== null))) continue;
    // The story's own header (headline, source, "Published …", "2 min read", share and follow buttons)
    // has the same shape; its byline, publication stamp or reading time gives it away.
    if (box.some((n) => (n.stamp && ARTICLE_STAMP.test(n.text)) || BYLINE_START.test(n.text))) continue;
    for (const n of box) if (n.state !== 'removed') remove(n, 'prompt');
  }
}
