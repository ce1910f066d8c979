/**
 * The headline and its standfirst: which line above the story is the title (not the masthead, a tagline
 * or a menu item), and whether the short line under it is a standfirst (article text) or a byline or
 * section label (chrome). The standfirst test is called while short lines are judged (short-lines.ts).
 */

import { type Entry, remove } from './entry.ts';
import { alone, nextKept } from './neighbours.ts';
import { wordCount } from './normalize.ts';
import { LOWER_WORD } from './prose.ts';
import { JOURNALIST_ROLES } from './trailers.ts';

/** Looks like a headline: a handful of words, starts with a capital, no full stop at the end. */
function headlineShaped(e: Entry): boolean {
  const words = wordCount(e.text);
  return (
    words >= 3 &&
    words <= 30 &&
    // An all-capitals line of a few words is a logo or section label ("THE DAILY HERALD").
    (/\p{Ll}/u.test(e.text) || words >= 6) &&
    e.text.length >= 15 &&
    /^[\p{Lu}\d"“‘']/u.test(e.text) &&
    !/[.,;]["”’]?$/.test(e.text) &&
    e.md.list === null
  );
}

/** Removed as site furniture around a menu (not a byline or a stamp, which often frame a headline). */
function menuLike(e: Entry | undefined): boolean {
  if (!e) return false;
  if (e.state === 'short') return true;
  return (
    e.state === 'removed' &&
    (e.reason === 'navigation' || e.reason === 'prompt' || e.reason === 'advertisement')
  );
}

/**
 * The site's name on top of its menu: a line that opens its block and is followed, in the same block, by
 * two menu items (a word or three each, not yet judged or removed as navigation). A headline is followed
 * by a standfirst, a byline or a blank line, not by "Home / News / Sport".
 */
function mastheadOverMenu(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const item = (n: Entry | undefined) =>
    n !== undefined && n.block === e.block && menuLike(n) && wordCount(n.text) <= 3;
  if (entries[i - 1]?.block !== e.block) return item(entries[i + 1]) && item(entries[i + 2]);
  // Under the date and the site's name already removed ("Friday, July 19" / "The Daily Herald" /
  // "Truth without fear" / "Home" / "News" / "Politics"): the site's slogan, when three menu items
  // follow. Two short lines under a headline may be its author card (name / job title); three are a menu.
  for (let k = i - 1; k >= 0 && entries[k]?.block === e.block; k--)
    if (entries[k]?.state !== 'removed') return false;
  return item(entries[i + 1]) && item(entries[i + 2]) && item(entries[i + 3]);
}

/**
 * One item of a news ticker above the story ("14:52" / "Air raid alert declared in …" / "14:40" / …): a
 * line right under a time stamp, in a block with more stamps. The page's headline is not filed under a
 * minute of its own among others.
 */
function tickerItem(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  // A stamp, or a bare clock time the line rules removed as chrome ("14:52", "9:05 am").
  const timed = (n: Entry | undefined) =>
    n !== undefined &&
    n.block === e.block &&
    n.state === 'removed' &&
    (n.stamp || /^\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?$/iu.test(n.text));
  if (!timed(entries[i - 1])) return false;
  let stamps = 0;
  for (let k = i - 1; k >= 0 && entries[k]?.block === e.block; k--) if (timed(entries[k])) stamps++;
  for (let k = i + 1; k < entries.length && entries[k]?.block === e.block; k++)
    if (timed(entries[k])) stamps++;
  return stamps >= 2;
}

/**
 * The last item of a list of headlines ("Parliament session LIVE: …" / "Markets: index rises …"): the
 * two lines above it in its block are links or undecided lines of four words or more. The page's
 * headline is not the tail of somebody else's list.
 */
function listTail(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const item = (n: Entry | undefined) =>
    n !== undefined &&
    n.block === e.block &&
    (n.state === 'short' ||
      (n.state === 'removed' && (n.reason === 'related' || n.reason === 'navigation'))) &&
    wordCount(n.text) >= 4;
  const above = entries[i - 1];
  const further = entries[i - 2];
  if (!item(above) || !item(further)) return false;
  // A breadcrumb over a source line, both cut by separators ("Top stories › World › Europe" / "The Post ·
  // 5 hours ago · Europe"), are two bars of links, not a list: a list of headlines has a headline in it.
  return !BAR_SEPARATOR.test((above as Entry).text) || !BAR_SEPARATOR.test((further as Entry).text);
}

const BAR_SEPARATOR = /\s[›»|·•]\s/u;

/**
 * The byline or the publication stamp within a few lines under a candidate (past a standfirst): the
 * strongest sign of the story's own headline. A tagline, a trending topic or a teaser has none under it.
 */
function bylineNear(entries: readonly Entry[], c: Entry): boolean {
  const at = entries.indexOf(c);
  for (let k = at + 1; k < entries.length && k <= at + 4; k++) {
    const n = entries[k] as Entry;
    if (n.stamp || BYLINE_START.test(n.text)) return true;
    // The standfirst set as a sentence right under the headline, in its block ("Putin agreed to halt
    // attacks for 30 days. Kyiv says it will do the same."), is passed over: the byline comes after it.
    // Any other paragraph of prose is the story, and a byline further down is not this line's.
    if (n.state === 'prose' && !(k === at + 1 && standfirstUnder(entries, c, k))) return false;
    // A short line between them is an author or source line when the stamp follows it ("Halcyon News"
    // / "Wed, 3 December 2025"); otherwise a menu item ("Masthead" / "Menu" / headline): the masthead
    // sits above a menu.
    if (n.state === 'short' && wordCount(n.text) <= 3) {
      const after = entries[k + 1];
      if (after !== undefined && (after.stamp || BYLINE_START.test(after.text))) return true;
      // An author card of two lines on an app's page: the name, then the job title ("Middle East
      // correspondent"), then the stamp. A menu has no job title in it.
      const card = entries[k + 2];
      return (
        after !== undefined &&
        after.state === 'short' &&
        JOB_TITLE.test(after.text) &&
        card !== undefined &&
        (card.stamp || BYLINE_START.test(card.text))
      );
    }
  }
  return false;
}

/**
 * A sentence-set standfirst: the next line of the headline's block, a paragraph's length at most; or,
 * on a page that sets each line apart, the next block when the headline and it each stand alone
 * (headline / blank / standfirst / blank / byline).
 */
function standfirstUnder(entries: readonly Entry[], c: Entry, at: number): boolean {
  const n = entries[at] as Entry;
  if (wordCount(n.text) > 50) return false;
  if (n.block === c.block) return n.index === c.index + 1;
  return n.block === c.block + 1 && alone(entries, at) && alone(entries, at - 1);
}

export const BYLINE_START = /^by\s+\p{Lu}/iu;
/** A job title on a line of its own, a few words ending on the role ("Middle East correspondent"). */
const JOB_TITLE = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,4}(?:${JOURNALIST_ROLES}|contributor)$`, 'iu');
/**
 * A lower-case word other than the glue of an author line ("Jane Roe in Berlin and John Doe in Kyiv") or
 * a job title in it ("Jane Roe Political editor and John Doe in Kyiv"): a headline says something.
 */
const CONTENT_WORD = new RegExp(
  String.raw`(?:^|[\s(\-–—"“‘'])(?!(?:and|from|with|for|the|${JOURNALIST_ROLES})\b)\p{Ll}\p{L}{2}`,
  'u',
);
/**
 * A wire headline set in capitals with its date after it ("RUSSIA PRESS DIGEST - Dec 3, 2025"): three
 * words in capitals in a row say something even without a lower-case word; an author line spells names
 * in ordinary case.
 */
const CAPS_HEADLINE = /(?:^|\s)\p{Lu}{3,}\s+\p{Lu}{3,}\s+\p{Lu}{3,}(?:\s|$)/u;
/**
 * A stamp the line rules left undecided ("New Delhi, Updated: Nov 27, 2025 21:46 IST") is no headline.
 * A stamp word opening a quotation ("… produced an 'updated and refined' framework") is someone's word.
 */
const STAMPISH = /\d{1,2}:\d\d|(?<!['‘"“])\b(?:updated|published|posted)\b/i;

/**
 * The candidate nearest above the byline or stamp, or the one right above it when the two are the
 * headline and its standfirst (consecutive lines, at most a blank line between). A tagline above the
 * headline is separated from it by a menu or a button.
 */
function bylined(entries: readonly Entry[], candidates: readonly Entry[]): Entry | null {
  const near = candidates.filter(
    (c) =>
      wordCount(c.text) >= 4 &&
      (CONTENT_WORD.test(c.text) ||
        (!/\p{Ll}/u.test(c.text) && wordCount(c.text) >= 6) ||
        CAPS_HEADLINE.test(c.text)) &&
      !STAMPISH.test(c.text) &&
      bylineNear(entries, c),
  );
  const last = near[near.length - 1];
  const before = near[near.length - 2];
  if (!last) return null;
  const adjacent =
    before !== undefined &&
    entries.indexOf(last) - entries.indexOf(before) === 1 &&
    last.index - before.index <= 2;
  return adjacent ? (before as Entry) : last;
}

/**
 * A site-wide alert above the headline ("TRAFFIC ALERT: Right lane closed near Exit 12 until 7 p.m."): a
 * label of one to three words in capitals and a colon, then a line of news, alone in its block before
 * any headline. It reads as a sentence (or a transcript's turn), so the search for the headline would
 * stop at it; it is passed over, and removed only when the headline found after it has its byline.
 */
const BANNER = /^\p{Lu}[\p{Lu}&'’-]+(?:\s+\p{Lu}[\p{Lu}&'’-]+){0,2}\s*:\s+\S/u;
function banner(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  if (e.state !== 'prose' || wordCount(e.text) > 25) return false;
  if (BANNER.test(e.text) && alone(entries, i)) return true;
  // The same alert printed inside the site's menu ("UA" / "EN" / "Air raid alert in the region. Head to
  // the nearest shelter." / "Newsletters"): a short line in play right above and right below it in its
  // block, menu items of three words or fewer. A story's first paragraph does not sit inside a menu.
  const item = (n: Entry | undefined, step: number) =>
    n !== undefined &&
    n.block === e.block &&
    n.index === e.index + step &&
    n.state === 'short' &&
    wordCount(n.text) <= 3;
  if (item(entries[i - 1], -1) && item(entries[i + 1], 1)) return true;
  // A line heading a menu that runs on below it in its block ("TRAFFIC: Route 9 closed until 3 p.m." /
  // "News" / "Local" / "Sports"): three menu items right under it. A story's first paragraph is not
  // followed by a menu in its own block.
  if (item(entries[i + 1], 1) && item(entries[i + 2], 2) && item(entries[i + 3], 3)) return true;
  // The same line closing the menu's block, under its last buttons ("Search" / "Sign in" / "Subscribe" /
  // "Democracy, delivered daily. Try it free."): a site's slogan or offer printed in the menu bar. The
  // two lines above it are menu items (undecided, or already removed as buttons or links) and nothing
  // follows it in the block. A story's first paragraph opens a block of its own.
  const button = (n: Entry | undefined, step: number) =>
    item(n, step) ||
    (n !== undefined &&
      n.block === e.block &&
      n.index === e.index + step &&
      n.state === 'removed' &&
      (n.reason === 'prompt' || n.reason === 'navigation') &&
      wordCount(n.text) <= 3);
  return entries[i + 1]?.block !== e.block && button(entries[i - 1], -1) && button(entries[i - 2], -2);
}

/**
 * A sentence of the site's chrome above the headline ("Sign up for our daily briefing and get the news
 * first." / "Read today's print edition as it appeared on the page." / breadcrumb / headline / author /
 * stamp): it reads as prose, so the search for the headline would stop at it, and the headline under it
 * was lost whatever the sentence said. Passed over (as a banner, removed only once the headline is found
 * with its byline) when it is short, sits under lines already in play or removed (the page's menu, not
 * the top of a story), and a few lines down — past other such sentences and removed lines only — comes
 * a headline-shaped line with a content word and its byline or stamp right under it. A story's opening
 * paragraph is followed by more of the story, not by a headline with its byline.
 */
function sentenceOverHeadline(entries: readonly Entry[], i: number, underBanner: boolean): boolean {
  const e = entries[i] as Entry;
  if (e.state !== 'prose' || wordCount(e.text) > 20) return false;
  // Right under another such sentence already passed over, or under the menu.
  const above = entries[i - 1];
  if (!underBanner && (above === undefined || (above.state !== 'short' && above.state !== 'removed')))
    return false;
  let sentences = 0;
  for (let k = i + 1; k < entries.length && k <= i + 6; k++) {
    const n = entries[k] as Entry;
    if (n.state === 'removed') continue;
    if (n.state === 'prose' && wordCount(n.text) <= 20 && ++sentences <= 3) continue;
    return (
      n.state === 'short' &&
      headlineShaped(n) &&
      wordCount(n.text) >= 6 &&
      CONTENT_WORD.test(n.text) &&
      !STAMPISH.test(n.text) &&
      bylineNear(entries, n)
    );
  }
  return false;
}

/**
 * The headline is chosen among the headline-shaped lines before the first paragraph of prose (a level-1
 * markdown heading wins). A line wedged between menu items or prompts in the same block is a tagline or
 * a menu item, not a headline. Of the rest, the first that reads like a headline — five words or more,
 * or in sentence case — wins over a short all-capitalised line before it, which is the masthead
 * ("Eastern Business Today"); if none does, the first candidate.
 */
export function markTitle(entries: Entry[]): string | null {
  const candidates: Entry[] = [];
  const banners: Entry[] = [];
  let chosen: Entry | null = null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e || e.state === 'removed') continue;
    // A question or exclamation headline ("Can Trump break the cycle?") reads as prose; only the very
    // first line of the page may be taken as such a headline.
    // A headline that ends on a quoted phrase ("… warns of ‘hardest moment’") reads as prose for the
    // same reason: a closing quote with no stop before it.
    if (
      candidates.length === 0 &&
      e.state === 'prose' &&
      (/[?!]["”’]?$/.test(e.text) || /[^.!?,;:]["”’]$/.test(e.text)) &&
      headlineShaped(e) &&
      wordCount(e.text) <= 20
    ) {
      const next = nextKept(entries, i);
      if (next === null || next.block !== e.block || next.state !== 'prose') {
        chosen = e;
        break;
      }
    }
    if (
      candidates.length === 0 &&
      (banner(entries, i) ||
        sentenceOverHeadline(entries, i, banners.length > 0 && banners.at(-1) === entries[i - 1]))
    ) {
      banners.push(e);
      continue;
    }
    if (e.state === 'prose' || e.state === 'keep') break;
    if (!headlineShaped(e)) continue;
    if (e.md.heading === 1) {
      chosen = e;
      break;
    }
    const prev = entries[i - 1];
    const next = entries[i + 1];
    // A line of a dozen words or more is no menu item or tagline, whatever surrounds it: a page that
    // prints its menu, headline, standfirst and author without blank lines puts undecided short lines on
    // both sides of its headline. A ticker cut by separators ("Breaking: A | B | C") is the exception.
    const inMenu =
      (wordCount(e.text) < 12 || BAR_SEPARATOR.test(e.text)) &&
      prev?.block === e.block &&
      menuLike(prev) &&
      next?.block === e.block &&
      menuLike(next);
    // A headline wedged between a breadcrumb and its source line looks like a menu item; the stamp
    // under it says otherwise.
    if (
      (!inMenu || bylineNear(entries, e)) &&
      !mastheadOverMenu(entries, i) &&
      !tickerItem(entries, i) &&
      !listTail(entries, i)
    )
      candidates.push(e);
  }
  chosen ??=
    bylined(entries, candidates) ??
    candidates.find((c) => wordCount(c.text) >= 5 || LOWER_WORD.test(c.text)) ??
    candidates[0] ??
    null;
  // A banner is only the site's when the story's own headline, with its byline or stamp, comes after
  // it; otherwise it was the first paragraph, and the search stopped there as it always did.
  if (banners.length > 0) {
    if (chosen === null || !bylineNear(entries, chosen)) return null;
    for (const b of banners) remove(b, 'chrome');
    // The same line printed again further down the page (the sign-up prompt repeated in the footer) is
    // the same chrome: only a verbatim repeat counts.
    const seen = new Set(banners.map((b) => b.text));
    for (const e of entries)
      if (e.state !== 'removed' && e.state !== 'title' && seen.has(e.text)) remove(e, 'chrome');
  }
  if (chosen === null) return null;
  chosen.state = 'title';
  return chosen.text;
}

/**
 * A standfirst in title case under a headline in title case ("Council Endorses Plan to End Conflict" /
 * "Two Members Abstain; Speakers Stress Ceasefire Must Lead to Talks"): the page capitalises every word
 * but the glue ("to", "and", "for"), so the sentence-case test cannot tell the standfirst from a label.
 * Its place does: the next line of the headline's block and its last, eight words or more, with the
 * story's first paragraph right after the blank line. A byline there starts with "By" or is followed by
 * its stamp, not by the story.
 */
function titleCaseStandfirst(entries: readonly Entry[], i: number, e: Entry): boolean {
  const title = entries[i - 1];
  const next = entries[i + 1];
  return (
    title?.state === 'title' &&
    title.block === e.block &&
    title.index === e.index - 1 &&
    !CONTENT_WORD.test(title.text) &&
    wordCount(e.text) >= 8 &&
    e.md.list === null &&
    !BYLINE_START.test(e.text) &&
    next !== undefined &&
    next.block !== e.block &&
    next.state === 'prose'
  );
}

/**
 * The standfirst under a headline ("Europe cannot afford to treat the plan as someone else's problem"),
 * or the heading of a live blog's first entry, is a short line right after the title: article text when
 * it reads as a phrase of six words or more in sentence case and prose follows within a few lines. A
 * byline, an author's name or a section label under the headline is none of these.
 */
export function isStandfirst(entries: readonly Entry[], i: number, e: Entry): boolean {
  if (titleCaseStandfirst(entries, i, e)) return true;
  if (wordCount(e.text) < 6 || !LOWER_WORD.test(e.text) || e.md.list !== null) return false;
  // Not one of a run of short lines (a menu, a list of key events): its neighbours in the block are not short.
  const inRun = (n: Entry | undefined) => n !== undefined && n.block === e.block && n.state === 'short';
  // Right under the headline in its block, a short line after it is the byline, not a run.
  const underTitle = entries[i - 1]?.state === 'title' && entries[i - 1]?.block === e.block;
  if (inRun(entries[i - 1]) || (inRun(entries[i + 1]) && !underTitle)) return false;
  // Within eight lines still in play: the byline, stamps and tool bars between the standfirst and the
  // story (already removed) do not count.
  let seen = 0;
  for (let k = i + 1; k < entries.length && seen < 8; k++) {
    const n = entries[k] as Entry;
    if (n.state === 'prose' || n.state === 'keep') return true;
    if (n.state !== 'removed') seen++;
  }
  return false;
}
