/**
 * clean(body, format): keep the article, drop the rest, and say what was dropped and why.
 *
 * Written by hand because no installed library does this for text: Readability (used for HTML in
 * src/ingest/html.ts) needs a DOM, and scraped .txt/.md bodies have none. The stages, each in its own file:
 *   normalize.ts  whitespace, NBSP, zero-width characters
 *   markdown.ts   markdown remnants → visible text + structure (heading, list, link-only, image, table rows)
 *   flattened.ts  captions, credits and adverts glued inside a flattened one-line body, cut out
 *   captions.ts   photo captions and credits → `captions`
 *   lines.ts      one line's shape: prompt, advert, stamp, byline, footer, prose or "short"
 *                 (consent.ts cookie banners, newsletter.ts mail chrome, trailers.ts credits/disclaimers,
 *                 notices.ts app banners, translation/AI notes, paywall pitches, reaction prompts, imprints)
 *   blocks.ts     related-content headings and the lists that follow them
 *   (here)        short lines judged by their neighbours; the headline and its standfirst; sponsor
 *                 blocks; newsletter sign-up boxes; event/promo boxes ending in a call to action; tables
 *                 and fact boxes (timelines, figures) inside the article; author blurbs under the byline
 *                 (about a person the byline names); author bios and sign-offs in the tail (trailers.ts)
 *   paragraphs.ts lines → paragraphs
 *   repair.ts     glued sentences ("agreed.The") from flattened scrapes
 * then verbatim-duplicate paragraphs are dropped. Pure and deterministic.
 */

import { isCommentsHeading, isInlineRelated, isRelatedHeading, resumesProse } from './blocks.ts';
import { isCaption } from './captions.ts';
import { stripInline } from './flattened.ts';
import { classifyLine, FORM_FIELD, TERMINAL } from './lines.ts';
import { type MdLine, parseMdLine, tableLines, tableRowText } from './markdown.ts';
import { isSignupPitch, isSignupSmallPrint } from './newsletter.ts';
import { compareKey, normalizeLines, wordCount } from './normalize.ts';
import { assemble, isWrappedBlock, type KeptLine } from './paragraphs.ts';
import { repairGlued } from './repair.ts';
import { isAuthorBlurb, isTailTrailer } from './trailers.ts';
import type { CleanResult, RemovalReason, Removed } from './types.ts';

export type { CleanResult, RemovalReason, Removed } from './types.ts';

type State = 'removed' | 'prose' | 'short' | 'title' | 'keep';

interface Entry {
  readonly index: number;
  readonly block: number;
  readonly raw: string;
  readonly md: MdLine;
  readonly text: string;
  state: State;
  reason: RemovalReason | null;
  stamp: boolean;
  caption: string | null;
  /** Pieces cut out of a flattened line (captions, credits, adverts), recorded as removed. */
  readonly cut: readonly Removed[];
  /** A row of a markdown table (header or body): judged as a whole table, stands alone in the text. */
  readonly table: boolean;
}

export function clean(body: string, _format: 'text' | 'markdown' | 'html'): CleanResult {
  // The format does not switch rules: scraped "text" carries markdown remnants and text extracted from
  // HTML carries the same chrome lines, so every rule is safe on every format.
  const entries = readEntries(body);
  attachCredits(entries);
  markRelatedBlocks(entries);
  markSponsorBlocks(entries);
  markSignupBoxes(entries);
  markPollBlocks(entries);
  markListRuns(entries);
  markTables(entries);
  markPromoBoxes(entries);
  const title = markTitle(entries);
  const names = bylineNames(entries);
  markHeadBlurbs(entries, names);
  markTail(entries, names);
  markFactBoxes(entries);
  judgeShortLines(entries);
  return build(entries, title);
}

function readEntries(body: string): Entry[] {
  const entries: Entry[] = [];
  let block = 0;
  let blank = true;
  const lines = unwrap(normalizeLines(body));
  const tables = tableLines(lines);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (raw === '') {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    const cell = tables.get(index);
    const md = parseMdLine(cell === 'row' ? tableRowText(raw) : raw);
    const stripped = md.image === null && !md.linkOnly ? stripInline(md.text) : null;
    const text = stripped?.text ?? md.text;
    const cut: Removed[] = [];
    if (stripped) {
      for (const c of stripped.captions) cut.push({ text: c, reason: 'caption' });
      for (const t of stripped.trailers) cut.push({ text: t, reason: 'footer' });
      for (let k = 0; k < stripped.adverts; k++) cut.push({ text: 'Advertisement', reason: 'advertisement' });
    }
    const e: Entry = {
      index,
      block,
      raw,
      md,
      text,
      state: 'short',
      reason: null,
      stamp: false,
      caption: null,
      cut,
      table: cell === 'row',
    };
    if (cell === 'delimiter') remove(e, 'chrome');
    else if (e.table) {
      // A row of links only is a link table (a menu laid out as a grid); other rows wait for markTables.
      if (md.linkOnly) remove(e, 'navigation');
    } else if (md.image !== null) remove(e, 'caption', md.image || null);
    else if (md.linkOnly) remove(e, 'navigation');
    else if (isCaption(text)) remove(e, 'caption', text);
    else {
      const kind = classifyLine(text);
      if (kind.kind === 'removed') {
        remove(e, kind.reason);
        e.stamp = kind.stamp === true;
      } else e.state = kind.kind;
    }
    entries.push(e);
  }
  return entries;
}

/**
 * A credit on its own line ("(Contributor/Getty Images)") belongs to the caption line right above it
 * (same block, no blank line between): that line is a caption too, however sentence-like it reads.
 */
function attachCredits(entries: Entry[]): void {
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i];
    const prev = entries[i - 1];
    if (!e || !prev || e.reason !== 'caption' || wordCount(e.text) > 6) continue;
    if (prev.block !== e.block || prev.index !== e.index - 1 || prev.state === 'removed') continue;
    if (wordCount(prev.text) > 45 || /:["”’]?$/.test(prev.text)) continue;
    remove(prev, 'caption', prev.text);
  }
}

/**
 * Hard-wrapped paragraphs are joined into one line before any rule looks at them: a line cut at a fixed
 * width ("met for a second day on") would otherwise look like a short unpunctuated menu item. The joined
 * line takes the place of the block's first line; the others become blank so line indexes stay stable.
 * A block whose lines mostly read as chrome on their own is left alone: it is a list, not a paragraph.
 */
function unwrap(lines: string[]): string[] {
  const out = lines.slice();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i] !== '') continue;
    const block = lines.slice(start, i);
    const structured = block.some(
      (l) => /^(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\|)/.test(l) || l.includes(']('),
    );
    // A block of lines that each read as chrome on their own ("12m ago Markets slide …", one per line)
    // is a list, whatever its line lengths; wrapped prose seldom has even half its lines look like that.
    const chrome = () => block.filter((l) => classifyLine(l).kind === 'removed').length * 2 >= block.length;
    if (block.length >= 2 && !structured && isWrappedBlock(block) && !chrome()) {
      out[start] = block.join(' ');
      for (let k = start + 1; k < i; k++) out[k] = '';
    }
    start = i + 1;
  }
  return out;
}

function remove(e: Entry, reason: RemovalReason, caption: string | null = null): void {
  e.state = 'removed';
  e.reason = reason;
  e.caption = caption;
}

/** A related-content heading removes itself and everything after it until prose resumes. */
function markRelatedBlocks(entries: Entry[]): void {
  let inBlock = false;
  let started = false;
  // In a share bar ("Share / Print / 12 comments") a comment counter is a prompt, not a section heading.
  const inShareBar = (i: number, e: Entry) =>
    [entries[i - 1], entries[i + 1]].some((n) => n?.block === e.block && n.reason === 'prompt');
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const opens =
      e.state !== 'prose' &&
      (isRelatedHeading(e.text) || (started && isCommentsHeading(e.text) && !inShareBar(i, e)));
    if (e.state === 'prose') started = true;
    if (opens) {
      inBlock = true;
      if (e.state !== 'removed' || e.reason === 'prompt') remove(e, 'related');
      continue;
    }
    if (inBlock) {
      if (resumesProse(e.text, e.md.list !== null) && e.state !== 'removed') {
        inBlock = false;
        continue;
      }
      // A short line alone in its block (blank lines around it) right above a paragraph of prose is the
      // next section's subheading: the related list ended with the block before. Left for judging.
      const next = entries[i + 1];
      if (
        e.state === 'short' &&
        alone(entries, i) &&
        next !== undefined &&
        next.state !== 'removed' &&
        resumesProse(next.text, next.md.list !== null)
      ) {
        inBlock = false;
        continue;
      }
      if (e.state !== 'removed') remove(e, 'related');
      continue;
    }
    if (e.state !== 'removed' && isInlineRelated(e.text)) remove(e, 'related');
  }
}

/** The only line of its block: blank lines (or the page's edges) above and below it. */
function alone(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  return entries[i - 1]?.block !== e.block && entries[i + 1]?.block !== e.block;
}

/**
 * A sponsor heading ("A message from our sponsor") was removed as an advert by the line rules; the lines
 * under it in the same block (no blank line between) are the sponsor's message.
 */
function markSponsorBlocks(entries: Entry[]): void {
  markAdvertSandwiches(entries);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e?.reason !== 'advertisement' || !/\p{L}{3}.*\s\p{L}{3}/u.test(e.text)) continue;
    for (let k = i + 1; k < entries.length; k++) {
      const n = entries[k];
      if (!n || n.block !== e.block) break;
      if (n.state !== 'removed') remove(n, 'advertisement');
    }
  }
}

/**
 * An advert framed by two advert lines in one block ("Advertisement" / "Compare tariffs – switch in
 * minutes" / "Sponsored by X"): what lies between the label and the sponsor credit is the advert's copy.
 * Both ends are needed, so a paragraph that merely follows an "Advertisement" label is left to the other rules.
 */
function markAdvertSandwiches(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'advertisement') continue;
    let end = -1;
    for (let k = i + 1; k < entries.length && k <= i + 4; k++) {
      const n = entries[k] as Entry;
      if (n.block !== e.block) break;
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
 * and its small print under the button ("Privacy notice: …").
 */
function markSignupBoxes(entries: Entry[]): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'prompt' || !FORM_FIELD.test(e.text)) continue;
    for (let k = Math.max(0, i - 3); k < entries.length && k <= i + 3; k++) {
      const n = entries[k] as Entry;
      if (n.block !== e.block || n.state === 'removed') continue;
      if (isSignupPitch(n.text) || isSignupSmallPrint(n.text)) remove(n, 'prompt');
    }
  }
}

/** A poll widget's controls: the button and the results link. */
const VOTE_CONTROL =
  /^(?:vote(?: now)?|submit(?: (?:vote|answer))?|(?:view|see|show) (?:the )?results|cast your vote)$/i;
const POLL_CUE = /\b(?:poll|survey|quiz|have your say|vote)\b|\?["”’]?$/i;

/**
 * A poll widget: one block (no blank line inside) of short lines with a vote button or results link and
 * a question or "Poll" label, the rest being the answers ("Yes / No / Not sure"). Removed as a whole
 * before short lines are judged, so the answers do not make the next subheading look like a menu item.
 * A block with any line over 16 words is a paragraph, not a widget.
 */
function markPollBlocks(entries: Entry[]): void {
  for (const e of entries) {
    if (e.state === 'prose' || !VOTE_CONTROL.test(e.text.replace(/[\s.!›»>]+$/, ''))) continue;
    const block = entries.filter((n) => n.block === e.block);
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
function markPromoBoxes(entries: Entry[]): void {
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
    for (const n of box) if (n.state !== 'removed') remove(n, 'prompt');
  }
}

/**
 * A short line right above a date stamp in the same block, with no blank line between, is the byline
 * that the stamp dates ("Jane Doe, University of X" / "Sun 23 Nov 2025 // 16:12 GMT"; "A in Brussels and
 * B in Washington" / "21 August 2025"). A subheading is followed by its paragraph, not by a stamp; a live
 * blog's entry heading comes after its stamp, not before. Used only to veto keeping a short line, so the
 * neighbours other short lines are judged by do not change.
 */
/**
 * A short line that follows site chrome in the same block, with no blank line between ("Save / Gift this
 * article / Listen (12 min)"), is the end of that tool bar, not a subheading: a subheading opens a block
 * of its own or follows a paragraph.
 */
function afterChrome(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const prev = entries[i - 1];
  return (
    prev !== undefined &&
    prev.block === e.block &&
    prev.index === e.index - 1 &&
    e.md.heading === 0 &&
    prev.state === 'removed' &&
    // A live blog's entry heading follows its time stamp: a stamp is not a tool bar.
    !prev.stamp &&
    (prev.reason === 'prompt' || prev.reason === 'navigation' || prev.reason === 'chrome')
  );
}

function aboveStamp(entries: readonly Entry[], i: number): boolean {
  const e = entries[i] as Entry;
  const next = entries[i + 1];
  return (
    next?.stamp === true &&
    next.block === e.block &&
    next.index === e.index + 1 &&
    e.md.heading === 0 &&
    wordCount(e.text) <= 12
  );
}

/**
 * A fact box inside the article: a timeline ("Oct 6 — Talks open in Sharm el-Sheikh"), a "By the numbers"
 * box ("2,000 prisoners to be released"), a list of key points without bullets. One block of short lines
 * (no blank line between, no sentence ends), with the article's prose before and after it, whose lines
 * after the first read as phrases: five words or more in sentence case. The first line is the box's
 * heading. A menu's items are a word or two; a list of headlines at the foot of the page has no article
 * after it. A heading right above a kept list ("Key points" over its bullets) is kept with it.
 */
function markFactBoxes(entries: Entry[]): void {
  let firstProse = -1;
  let lastProse = -1;
  for (let i = 0; i < entries.length; i++) {
    if ((entries[i] as Entry).state !== 'prose') continue;
    if (firstProse < 0) firstProse = i;
    lastProse = i;
  }
  let i = 0;
  while (i < entries.length) {
    const e = entries[i] as Entry;
    if (e.state !== 'short' || e.md.list !== null) {
      const prev = entries[i - 1];
      // The heading of a list the article keeps.
      if (
        e.state === 'keep' &&
        e.md.list !== null &&
        prev?.state === 'short' &&
        prev.block === e.block &&
        prev.index === e.index - 1 &&
        prev.md.list === null &&
        wordCount(prev.text) <= 8 &&
        /^[\p{Lu}\d]/u.test(prev.text)
      )
        prev.state = 'keep';
      i++;
      continue;
    }
    let j = i + 1;
    while (j < entries.length) {
      const n = entries[j] as Entry;
      if (
        n.state !== 'short' ||
        n.md.list !== null ||
        n.block !== e.block ||
        n.index !== (entries[j - 1] as Entry).index + 1
      )
        break;
      j++;
    }
    const items = entries.slice(i + 1, j);
    const phrases = items.filter((n) => wordCount(n.text) >= 5 && LOWER_WORD.test(n.text)).length;
    if (
      items.length >= 2 &&
      phrases * 3 >= items.length * 2 &&
      i > firstProse &&
      j <= lastProse &&
      firstProse >= 0
    )
      for (let k = i; k < j; k++) (entries[k] as Entry).state = 'keep';
    i = j;
  }
}

/**
 * The capitalised words of the byline area: the lines above the first paragraph of prose that are
 * bylines or short lines (not the headline). An author blurb's subject is one of them.
 */
function bylineNames(entries: readonly Entry[]): Set<string> {
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
function markHeadBlurbs(entries: Entry[], names: ReadonlySet<string>): void {
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
function markTail(entries: Entry[], names: ReadonlySet<string>): void {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    // Short lines are judged later by their neighbours (an author's name above the bio, say).
    if (!e || e.state === 'removed' || e.state === 'short') continue;
    if (e.state === 'title' || !(isTailTrailer(e.text) || isAuthorBlurb(e.text, names))) break;
    remove(e, 'footer');
  }
}

/**
 * A run of list items inside the article (the points of a plan, say) is content when it is introduced
 * by a line ending in ":" or when its items read as sentences; menus and headline lists are neither.
 */
function markListRuns(entries: Entry[]): void {
  let i = 0;
  while (i < entries.length) {
    const e = entries[i];
    if (!e || e.md.list === null || e.state === 'removed') {
      i++;
      continue;
    }
    let j = i;
    const run: Entry[] = [];
    while (j < entries.length) {
      const r = entries[j];
      if (!r || r.md.list === null || r.state === 'removed') break;
      run.push(r);
      j++;
    }
    const before = previousKept(entries, i);
    const introduced = before !== null && /:["”’]?$/.test(before.text);
    const sentences = run.filter((r) => /[.;,!?]["”’)]?$/.test(r.text) && wordCount(r.text) >= 4).length;
    // Items that read as phrases (five words or more, in sentence case), with the article's prose on
    // both sides: the points of a plan under a subheading. A menu's items are a word or two, and a list
    // of headlines at the foot of the page has no article after it.
    const phrases = run.filter((r) => wordCount(r.text) >= 5 && LOWER_WORD.test(r.text)).length;
    const inside = proseAround(entries, i, j);
    if (introduced || sentences * 2 > run.length || (inside && phrases * 2 > run.length))
      for (const r of run) r.state = 'keep';
    i = j;
  }
}

/**
 * A markdown table is the article's (a table of figures under a subheading) when the article's prose is on
 * both sides of it; before or after the story it is a widget (market data, a schedule) and goes.
 */
function markTables(entries: Entry[]): void {
  let i = 0;
  while (i < entries.length) {
    if (!(entries[i] as Entry).table) {
      i++;
      continue;
    }
    let j = i;
    while (j < entries.length && (entries[j] as Entry).table) j++;
    const inside = proseAround(entries, i, j);
    for (let k = i; k < j; k++) {
      const r = entries[k] as Entry;
      if (r.state === 'removed') continue;
      if (inside) r.state = 'keep';
      else remove(r, 'navigation');
    }
    i = j;
  }
}

/** Prose somewhere before entry `from` and somewhere after entry `to` (exclusive). */
function proseAround(entries: readonly Entry[], from: number, to: number): boolean {
  const prose = (e: Entry | undefined) => e !== undefined && e.state === 'prose';
  return entries.slice(0, from).some(prose) && entries.slice(to).some(prose);
}

function previousKept(entries: readonly Entry[], i: number): Entry | null {
  for (let k = i - 1; k >= 0; k--) {
    const e = entries[k];
    if (e && e.state !== 'removed') return e;
  }
  return null;
}

/** The closest line before i that is already known to be article text or the title (short lines skipped). */
function previousSolid(entries: readonly Entry[], i: number): Entry | null {
  for (let k = i - 1; k >= 0; k--) {
    const e = entries[k];
    if (e && e.state !== 'removed' && e.state !== 'short') return e;
  }
  return null;
}

function nextKept(entries: readonly Entry[], i: number): Entry | null {
  for (let k = i + 1; k < entries.length; k++) {
    const e = entries[k];
    if (e && e.state !== 'removed') return e;
  }
  return null;
}

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

/** A word of three letters or more in lower case: sentence-case text, not a name or a masthead. */
const LOWER_WORD = /(?:^|[\s(\-–—"“‘'])\p{Ll}\p{L}{2}/u;

/**
 * The headline is chosen among the headline-shaped lines before the first paragraph of prose (a level-1
 * markdown heading wins). A line wedged between menu items or prompts in the same block is a tagline or
 * a menu item, not a headline. Of the rest, the first that reads like a headline — five words or more,
 * or in sentence case — wins over a short all-capitalised line before it, which is the masthead
 * ("Eastern Business Today"); if none does, the first candidate.
 */
function markTitle(entries: Entry[]): string | null {
  const candidates: Entry[] = [];
  let chosen: Entry | null = null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e || e.state === 'removed') continue;
    // A question or exclamation headline ("Can Trump break the cycle?") reads as prose; only the very
    // first line of the page may be taken as such a headline.
    if (
      candidates.length === 0 &&
      e.state === 'prose' &&
      /[?!]["”’]?$/.test(e.text) &&
      headlineShaped(e) &&
      wordCount(e.text) <= 20
    ) {
      const next = nextKept(entries, i);
      if (next === null || next.block !== e.block || next.state !== 'prose') {
        chosen = e;
        break;
      }
    }
    if (e.state === 'prose' || e.state === 'keep') break;
    if (!headlineShaped(e)) continue;
    if (e.md.heading === 1) {
      chosen = e;
      break;
    }
    const prev = entries[i - 1];
    const next = entries[i + 1];
    const inMenu = prev?.block === e.block && menuLike(prev) && next?.block === e.block && menuLike(next);
    if (!inMenu) candidates.push(e);
  }
  chosen ??=
    candidates.find((c) => wordCount(c.text) >= 5 || LOWER_WORD.test(c.text)) ?? candidates[0] ?? null;
  if (chosen === null) return null;
  chosen.state = 'title';
  return chosen.text;
}

/**
 * The standfirst under a headline ("Europe cannot afford to treat the plan as someone else's problem"),
 * or the heading of a live blog's first entry, is a short line right after the title: article text when
 * it reads as a phrase of six words or more in sentence case and prose follows within a few lines. A
 * byline, an author's name or a section label under the headline is none of these.
 */
function isStandfirst(entries: readonly Entry[], i: number, e: Entry): boolean {
  if (wordCount(e.text) < 6 || !LOWER_WORD.test(e.text) || e.md.list !== null) return false;
  // Not one of a run of short lines (a menu, a list of key events): its neighbours in the block are not short.
  const inRun = (n: Entry | undefined) => n !== undefined && n.block === e.block && n.state === 'short';
  if (inRun(entries[i - 1]) || inRun(entries[i + 1])) return false;
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

/**
 * A short line without sentence punctuation is article text only when it sits between article text:
 * a subheading ("Russia remains sceptical") or a question ("What changed?"). Anywhere else — in a run
 * of short lines, at the top before the story, at the bottom after it — it is site chrome.
 */
function judgeShortLines(entries: Entry[]): void {
  const content = (e: Entry | null) =>
    e !== null && (e.state === 'prose' || e.state === 'keep' || e.state === 'title');
  const decisions: Array<[Entry, boolean]> = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e?.state !== 'short') continue;
    const prev = previousKept(entries, i);
    const next = nextKept(entries, i);
    const subhead = wordCount(e.text) <= 16 && /^[\p{Lu}\d"“‘']/u.test(e.text);
    const keep =
      // prev must be body text, not the headline: a short line right under the headline is a byline,
      // a dek-less author name or a section label, not a subheading.
      (content(prev) && prev?.state !== 'title' && content(next) && (subhead || wordCount(e.text) >= 8)) ||
      (previousSolid(entries, i)?.state === 'title' && isStandfirst(entries, i, e)) ||
      (e.md.heading > 0 && prev !== null && content(next));
    decisions.push([e, keep && !aboveStamp(entries, i) && !afterChrome(entries, i)]);
  }
  for (const [e, keep] of decisions) {
    if (keep) e.state = 'keep';
    else {
      const run = decisions.some(([o]) => o !== e && Math.abs(o.index - e.index) <= 2 && o.block === e.block);
      remove(e, run ? 'navigation' : 'chrome');
    }
  }
  // Second look at lone lines: a subheading whose previous neighbour was a short line of a menu (a
  // repeated masthead and menu on page 2 of a paginated story) is judged again now that the menu is gone.
  const judged = new Set(decisions.map(([o]) => o));
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.reason !== 'chrome' || !judged.has(e) || !alone(entries, i)) continue;
    const prev = previousKept(entries, i);
    if (wordCount(e.text) > 16 || !/^[\p{Lu}\d"“‘']/u.test(e.text) || prev?.state === 'title') continue;
    if (content(prev) && content(nextKept(entries, i)) && !aboveStamp(entries, i)) {
      e.state = 'keep';
      e.reason = null;
    }
  }
}

function build(entries: readonly Entry[], title: string | null): CleanResult {
  const removed: Removed[] = [];
  const captions: string[] = [];
  const stamps: string[] = [];
  const kept: KeptLine[] = [];
  const blockLines = new Map<number, string[]>();
  for (const e of entries) {
    const list = blockLines.get(e.block) ?? [];
    list.push(e.text);
    blockLines.set(e.block, list);
    for (const c of e.cut) {
      removed.push(c);
      if (c.reason === 'caption') captions.push(repairGlued(c.text));
    }
    if (e.state === 'removed') {
      removed.push({ text: e.raw, reason: e.reason ?? 'chrome' });
      if (e.caption) captions.push(repairGlued(e.caption));
      if (e.stamp) stamps.push(e.text);
      continue;
    }
    const standalone = e.state === 'title' || e.md.heading > 0 || e.md.list !== null || e.table;
    kept.push({ index: e.index, block: e.block, text: e.text, standalone });
  }
  const wrapped = new Set<number>();
  for (const [block, lines] of blockLines) if (isWrappedBlock(lines)) wrapped.add(block);
  const byIndex = new Map(entries.map((e) => [e.index, e]));
  const adjacent = (a: KeptLine, b: KeptLine) => {
    for (let k = a.index + 1; k < b.index; k++) if (byIndex.get(k)?.state === 'removed') return false;
    return true;
  };
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const p of assemble(kept, wrapped, adjacent)) {
    const text = repairGlued(p);
    const key = compareKey(text);
    if (seen.has(key) && wordCount(text) >= 4) {
      removed.push({ text, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    paragraphs.push(text);
  }
  return { text: paragraphs.join('\n\n'), title, removed, captions, stamps };
}

/** Re-exported for callers that only need the terminal-punctuation test (e.g. evaluation). */
export { TERMINAL };
