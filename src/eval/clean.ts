/**
 * Evaluation of the cleaner against line-labelled fixtures (test/fixtures/clean/*.labels.json, one file
 * per example article, every non-blank line of the .txt/.md body marked "content" or "boilerplate").
 *
 * Fixture format:
 *   { "file": "01-plan-unveiled.txt",        // under examples/
 *     "format": "text" | "markdown",
 *     "record"?: 1,                           // for .jsonl: which line (1-based); its "text" is the body
 *     "lines": [{ "line": 3, "label": "boilerplate", "text": "Advertisement", "duplicate"?: true }] }
 *   "duplicate": true marks the second copy of a paragraph repeated verbatim: its text must end up in
 *   the clean text exactly once.
 *   "part": true marks one piece of a line that mixes article and boilerplate (a flattened page whose
 *   whole body is one line, with captions and "Advertisement" glued in): such a line is listed once per
 *   piece, all with the same line number, and each piece is scored like a line of its own. Content
 *   pieces are one sentence each, so a long flattened line counts sentence by sentence.
 *
 * Two sets of fixtures:
 *   test/fixtures/clean/*.labels.json          the bundled examples/ (the rules were tuned on them);
 *   test/fixtures/clean/heldout/*.labels.json  held-out pages written before the rules were generalised,
 *                                              in other styles (wire, live blog, newsletter, long read
 *                                              with subheadings, consent banners, translation, opinion,
 *                                              one-line body); the rules were then improved on them.
 *   test/fixtures/clean/heldout/round2/        a second batch written after that work (agency page with
 *                                              share bar, press release, hard-wrapped analysis, forum
 *                                              page with comments), first scored untouched.
 *   test/fixtures/clean/heldout/round3/        six pages modelled on the shapes of real scraped pages (analysis
 *                                              page with reading-time label, "Analysis by" byline, truncated
 *                                              captions, cut-off paragraphs around chrome, "Most popular" list and
 *                                              one-word menu; blog repost footer; e-mailed newsletter with a
 *                                              repeated greeting; one-line body with credit-less captions; comment
 *                                              form; portal with share bar and tags). Scored blind (93.3%
 *                                              boilerplate removed, 98.8% content kept), then the rules were
 *                                              generalised on its failures only.
 *   test/fixtures/clean/heldout/round4/        four more pages of the same kinds, written with round 3 and never
 *                                              looked at while fixing: its figure is the honest estimate (blind
 *                                              before the round-3 fixes: 90.9% / 100%).
 *   test/fixtures/clean/heldout/round5/        seven pages in the shapes of real scraped pages (breaking-news site with
 *                                              "Similar News"/"Breaking news"/"Trending" lists, live blog with a key-events
 *                                              rail, regional portal with "Also Read |" links and an app promotion, magazine
 *                                              with a sign-up box, aggregator reposting a wire story, consent dialog and
 *                                              author blurb under the byline, opinion essay with a reader-letters footer).
 *                                              Scored blind (91.7% / 97.6%), then the rules were generalised on it.
 *   test/fixtures/clean/heldout/round6/        three more pages (broadcaster, blog with comments, Q&A explainer), written
 *                                              after the round-5 fixes and never tuned on: blind 95.1% / 100%.
 *   test/fixtures/clean/heldout/round7/        five pages with video-player text, audio widgets, copyright wordings, "Read the
 *                                              latest on X:" pointers, a live blog with key events and a poll, a photo gallery,
 *                                              author card with handles, edition/region pickers, AMP/print links, donation
 *                                              appeals, and content that looks like chrome (one-word paragraph, short quote,
 *                                              "Here is what we know:" list, numbered plan points). Blind: 89.5% / 98.2%;
 *                                              the rules were then generalised on it (and on round 6's three misses).
 *   test/fixtures/clean/heldout/round8/        four pages: a wire story on a portal with a stock ticker and weather widget, a
 *                                              newspaper page with "Most read", a sign-up box, share rows, comment count, a
 *                                              correction notice (content) and an author box, an opinion page with a pull quote
 *                                              and disclaimer, a foreign outlet's machine-translated chrome. Blind: 98.1% / 97.8%
 *                                              (missed an advert's copy, a sign-up box's privacy line, a market-data credit).
 *   test/fixtures/clean/heldout/round9/        five pages with app banners, breaking-news and trending tickers, follow buttons,
 *                                              translation and AI-drafting notices, key-points / timeline / by-the-numbers boxes
 *                                              (content), a markdown table (content), pagination with a repeated masthead, a
 *                                              republication licence and disclosure. Blind: 81.5% / 77.9%; the rules were
 *                                              then generalised on it (fact boxes, tables, notices, end-of-page credits).
 *   test/fixtures/clean/heldout/round10/       five pages in the shapes of real sites (US cable news, British broadsheet, wire
 *                                              agency, public broadcaster, think tank). Blind: 97.7% / 95.9% with the code
 *                                              before round 9's fixes, 96.7% / 99.0% after them; then tuned on.
 *   test/fixtures/clean/heldout/round11/       five pages (US paywalled paper, Gulf outlet, aggregator, regional TV, European
 *                                              paper's English edition). Blind: 92.7% / 100% both after round 9's and after
 *                                              round 10's fixes; then tuned on.
 *   test/fixtures/clean/heldout/round12/       four pages (US broadcaster, UK tabloid, Indian daily, Ukrainian outlet). Blind:
 *                                              90.5% / 99.0% after round 10's fixes, 91.1% / 99.0% after round 11's; then tuned on.
 *   test/fixtures/clean/heldout/round13/       five pages (US magazine, wire partner, Canadian broadcaster, Australian paper,
 *                                              policy newsletter), written after all other tuning. Blind: 93.8% / 96.1%.
 *   test/fixtures/clean/heldout/round14/       five pages (German paper's English edition, Asian wire, Russian state outlet, US
 *                                              public radio with a transcript, Polish portal with a live ticker), written after
 *                                              round 13’s fixes. Blind: 96.3% / 100% (97.0% once the scorer counted a related-list copy
 *                                              of the headline as its own line).
 *   test/fixtures/clean/heldout/round15/       five pages (French agency's English service, Turkish outlet, Japanese broadsheet,
 *                                              analyst's newsletter with reader comments, Indian TV site), written after round
 *                                              14's fixes. Blind: 93.2% / 100%.
 *   test/fixtures/clean/heldout/round16/       five pages (US local paper running a wire story, Nordic public broadcaster,
 *                                              Middle-East daily with a ticker, financial paper with a paywall, think-tank
 *                                              commentary with footnotes), written after round 15's fixes. Blind: 95.5% / 100%.
 *   test/fixtures/clean/heldout/round17/       five pages (Ukrainian English outlet, Baltic portal with a news sidebar, US
 *                                              cable news, German weekly with narration and a survey, aggregator reposting a
 *                                              wire story), written after round 16's fixes. Blind: 93.4% / 91.1%.
 *   test/fixtures/clean/heldout/round18/       six pages (UK tabloid, Australian broadcaster, Czech weekly, Gulf daily, wire
 *                                              story on a portal, analyst newsletter with a paywall; two with no blank lines at
 *                                              all), written after round 17's fixes. Blind: 95.9% / 96.4%.
 *   test/fixtures/clean/heldout/round19/       five pages laid out around the headline (headline above the menu, no blank
 *                                              lines, browser-title copy, live blog, opinion column), written after round 18's
 *                                              fixes. Blind: 97.8% / 90.3% (the live blog's summary points and entry headings).
 *   test/fixtures/clean/heldout/round20/       five pages (US local TV with widgets, Gulf site with a ticker, wire press digest,
 *                                              magazine long-read, mobile page with a table of contents and a box of figures),
 *                                              written after round 19's fixes. Blind: 94.7% / 91.6%.
 *   test/fixtures/clean/heldout/round21/       five pages (Korean outlet with a ranking box, broadcaster with an audio player,
 *                                              newsletter with footnotes, UN meeting release, paper whose story an advert
 *                                              break cuts mid-sentence, with a second story after it), written after round
 *                                              20's fixes. Blind: 95.4% / 86.1%.
 *   test/fixtures/clean/heldout/round22/       five pages (Pakistani daily with "Also Read" lines, Australian broadcaster with key
 *                                              points, business paper with a stock widget and a paywall, a crawl with the story
 *                                              glued into three long lines, an explainer with sources), written after round
 *                                              21's fixes. Blind: 95.7% / 98.9%.
 *   test/fixtures/clean/heldout/round23/       five everyday pages (US paper, British broadsheet, wire service, Israeli daily,
 *                                              Ukrainian outlet), written after round 22's fixes. Blind: 95.1% / 94.7% (a wire
 *                                              story's summary box and a headline lost).
 *   test/fixtures/clean/heldout/round24/       five pages (US regional paper with a syndicated story and widgets, Indian daily
 *                                              with "Also Read" lines and a gallery, European broadcaster with an embedded
 *                                              post and a live sidebar, analyst newsletter, glued crawl with captions inside
 *                                              sentences), written after round 23's fixes. Blind: 97.4% / 100%.
 *   test/fixtures/clean/heldout/round25/       five pages (wire agency site with a summary box, tabloid with "READ MORE" lines,
 *                                              think-tank commentary with an author card and footnotes, TV live page, foreign
 *                                              outlet's English page with two-language chrome), written with round 24 before
 *                                              its fixes. Blind: 94.6% / 99.2% (a live page's "What to know" label lost). Its
 *                                              footnotes, first labelled boilerplate (the writer flagged the call), were
 *                                              relabelled content as in rounds 16 and 21.
 *   test/fixtures/clean/heldout/round26/       five pages (US network site with video blocks, British opinion page, Middle-East
 *                                              daily with widgets, a ministry's press release, a mobile-app page with no blank
 *                                              lines), written after round 25's fixes. Blind: 93.9% / 97.7% (the app page's
 *                                              headline and standfirst lost).
 *   test/fixtures/clean/heldout/round27/       five pages (regional paper's English edition with a paywall teaser, aggregator
 *                                              reposting an agency story, live blog newest first, magazine long-read with a
 *                                              drop cap, portal page glued into long lines), written after round 26's fixes.
 *                                              Blind: 99.2% / 74.5% (the glued story removed whole as a footer, and the live
 *                                              blog's entry headings); 98.8% / 74.5% with the code from before round 24.
 *   test/fixtures/clean/heldout/round28/       five everyday pages (US paper, UK broadcaster, wire story on a mirror site, Kyiv
 *                                              outlet, Asian business daily), written after round 27's fixes. Blind: 98.0% /
 *                                              98.9% (a "Key Takeaways" label lost).
 *   test/fixtures/clean/heldout/round29/       five pages (a page with almost no chrome, an opinion column, an interview with
 *                                              speaker names in capitals, a scrape left in markdown, a four-paragraph story in
 *                                              long chrome), written with round 28. Blind: 99.4% / 98.4% (the short story's
 *                                              headline and standfirst lost).
 *   test/fixtures/clean/heldout/round30/       five everyday pages (US cable news, European paper, Indian site, Ukrainian site,
 *                                              Turkish daily), written after round 29's fixes. Blind: 95.2% / 98.8%.
 *   test/fixtures/clean/heldout/round31/       five hard shapes (menu words glued to the headline, an advert line after every
 *                                              paragraph, a Q&A explainer, an agency digest of five items with bold headlines,
 *                                              a long-read with a table of contents), written with round 30. Blind: 93.2% /
 *                                              91.0% (the advert-broken story's paragraphs and the digest's headlines lost).
 *   test/fixtures/clean/heldout/round32/       five everyday pages (British mid-market paper, US TV station running a wire story,
 *                                              Canadian paper, Gulf daily, German broadcaster's English site), written after
 *                                              round 31's fixes. Blind: 96.0% / 96.7% (a tabloid's bullet summary lost).
 *   test/fixtures/clean/heldout/round33/       five everyday pages (big US paper with a paywall notice, wire agency site, Polish
 *                                              outlet's English edition, New Zealand regional paper, aggregator), written after
 *                                              round 32's fixes. Blind: 97.1% / 91.9% (two headlines and standfirsts lost).
 *   test/fixtures/clean/heldout/round34/       five everyday pages (US TV station running a wire story, British live page as
 *                                              a summary, Indian business paper, Kenyan paper, think-tank commentary), written
 *                                              with round 33. Blind: 99.3% / 100%.
 *   test/fixtures/clean/heldout/round35/       five everyday pages (US regional paper with widgets, European broadcaster, Gulf
 *                                              daily, Australian site, Ukrainian outlet), written after round 33's fixes.
 *                                              Blind: 98.4% / 97.8% (a headline and standfirst lost under a traffic alert).
 *   test/fixtures/clean/heldout/round36/       five everyday pages with chrome right above the headline (US national paper,
 *                                              British regional paper, Hong Kong daily, Irish broadcaster, Balkan outlet),
 *                                              written at the end of session 7 and scored with its final code: 99.0% / 100%.
 *   test/fixtures/clean/heldout/round37/       five pages (a French outlet's English edition with a paywall, a US cable-news
 *                                              site with video blocks, a Nigerian daily, a news aggregator, a magazine
 *                                              long-read with a drop cap), written at the start of session 8. Blind: 95.2% /
 *                                              97.8% (an aggregator's headline and standfirst lost).
 *   test/fixtures/clean/heldout/round38/       five pages (a live blog, a republished wire story, a Korean daily, a think-tank
 *                                              paper with footnotes, a glued scrape), written with round 37. Blind: 94.6% / 100%.
 *   test/fixtures/clean/heldout/round39/       five pages (a Canadian broadcaster, a Turkish daily, an AMP page, an Indian
 *                                              regional paper, a press agency's one-block story), written after round 37's
 *                                              fixes. Blind: 96.2% / 93.5% (a "Key points" box and a footnoted sentence lost).
 *   test/fixtures/clean/heldout/round40/       five pages (a markdown reader export, a US TV station, a think tank, a South
 *                                              American outlet, menus of full sentences), written with round 39. Blind:
 *                                              95.6% / 97.3% (a headline under a sign-up sentence, a one-word subheading).
 *   test/fixtures/clean/heldout/round41/       five pages copying the shapes of the real seed pages (wire agency, British
 *                                              broadsheet, US cable site, Ukrainian outlet, Swiss regional paper), written
 *                                              after round 39's fixes. Blind: 97.8% / 88.0% (glued headlines, a summary box,
 *                                              sentences glued at footnote marks).
 *   test/fixtures/clean/heldout/round42/       five pages (mobile site, ALL-CAPS headline under a kicker, two headlines close
 *                                              together, a comment thread, a gallery), written with round 41. Blind: 97.8% /
 *                                              98.8% (the headline lost under a market ticker).
 *   test/fixtures/clean/real/                  labels only for the real pages in ../shared/seeds: see clean-real.ts.
 *   An article is looked up next to its labels file first, then under examples/.
 *
 * Labelling policy (both sets): the headline, a standfirst/dek, section subheadings inside the article,
 * live-blog entry headings, list items of the article and one-line quote paragraphs are content. Bylines,
 * date/time stamps (including live-blog "14:52 GMT" lines), datelines-only lines, reporting/editing
 * trailers, author bios and "views expressed" disclaimers, newsletter greetings/sponsor lines, consent
 * banners, tags, related lists, menus and footers are boilerplate. A dateline at the start of a
 * paragraph ("KYIV, Nov 24 (Agency) - ...") is part of that content paragraph.
 *
 * Scoring is by text, not by line number, so any cleaner can be scored the same way:
 *   - a content line is kept if its normalized text (letters and digits only) occurs in the clean text;
 *   - a boilerplate line survived if it equals a whole clean paragraph, or (6+ words) occurs inside one.
 * The baseline, scored in the same run, keeps every line of 8 words or more.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarkdown } from '../ingest/markdown.ts';
import { clean } from '../pipeline/clean/index.ts';
import type { EvalReport, EvalRow } from './report.ts';

export interface LabelledLine {
  readonly line: number;
  readonly label: 'content' | 'boilerplate';
  readonly text: string;
  readonly duplicate?: boolean;
  readonly part?: boolean;
}

export interface LabelFile {
  readonly file: string;
  readonly format: 'text' | 'markdown';
  readonly record?: number;
  readonly lines: readonly LabelledLine[];
}

export interface LineScore {
  boilerplate: number;
  boilerplateRemoved: number;
  content: number;
  contentKept: number;
  duplicates: number;
  duplicatesOnce: number;
  /** Content lines lost and boilerplate lines kept, for the notes. */
  readonly misses: string[];
}

/** Lower-case words of letters and digits, single-spaced: markdown, punctuation and quotes vanish. */
export function normalizeForScore(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    n++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return n;
}

/** Score one cleaned text against its labelled lines. */
export function scoreLines(lines: readonly LabelledLine[], cleanText: string): LineScore {
  const paragraphs = cleanText.split(/\n\s*\n/).map(normalizeForScore);
  const whole = ` ${paragraphs.join(' | ')} `;
  const s = emptyScore();
  // A boilerplate line may repeat a content line word for word (the headline again in a "Most read"
  // list): its copy is gone when the text survives no more often than the article itself has it.
  const contentCopies = new Map<string, number>();
  for (const l of lines) {
    if (l.label !== 'content') continue;
    const norm = normalizeForScore(l.text);
    contentCopies.set(norm, (contentCopies.get(norm) ?? 0) + 1);
  }
  // A drop cap labelled as a line of its own ("T" / "he delegates …") is one word with the line
  // after it: both are kept when the word survives whole ("the delegates …").
  const dropCap = new Map<number, string>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (l.label !== 'content' || next?.label !== 'content' || !/^\s*\p{Lu}\s*$/u.test(l.text)) return;
    if (!/^\s*\p{Ll}/u.test(next.text)) return;
    const joined = normalizeForScore(l.text.trim() + next.text.trimStart());
    dropCap.set(i, joined);
    dropCap.set(i + 1, joined);
  });
  for (const [i, l] of lines.entries()) {
    const norm = normalizeForScore(l.text);
    if (norm === '') continue;
    if (l.label === 'content') {
      s.content++;
      const joined = dropCap.get(i);
      if (whole.includes(` ${norm} `) || (joined !== undefined && whole.includes(` ${joined} `)))
        s.contentKept++;
      else s.misses.push(`lost content: ${l.text.slice(0, 80)}`);
      if (l.duplicate) {
        s.duplicates++;
        if (occurrences(whole, ` ${norm} `) === 1) s.duplicatesOnce++;
      }
    } else {
      s.boilerplate++;
      const copies = contentCopies.get(norm) ?? 0;
      // A pull quote repeats words a content line also holds: only a paragraph of its own counts as kept.
      const insideContent = [...contentCopies.keys()].some((c) => c !== norm && c.includes(norm));
      const survived =
        copies > 0
          ? paragraphs.filter((p) => p === norm).length > copies
          : paragraphs.includes(norm) ||
            (!insideContent && norm.split(' ').length >= 6 && whole.includes(` ${norm} `));
      if (survived) s.misses.push(`kept boilerplate: ${l.text.slice(0, 80)}`);
      else s.boilerplateRemoved++;
    }
  }
  return s;
}

/** The naive baseline: every line of 8 words or more is article. */
export function baselineClean(body: string): string {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 8)
    .join('\n\n');
}

/** The body the labels refer to: the file as read (front matter removed for markdown, one JSONL record). */
export function labelledBody(dirs: string | readonly string[], f: LabelFile): string {
  const candidates = (typeof dirs === 'string' ? [dirs] : dirs).map((d) => join(d, f.file));
  const at = candidates.find((c) => existsSync(c));
  if (at === undefined) throw new Error(`${f.file}: not found in ${candidates.join(', ')}`);
  const raw = readFileSync(at, 'utf8');
  if (f.record !== undefined) {
    const line = raw.split('\n')[f.record - 1];
    if (line === undefined) throw new Error(`${f.file}: no record ${f.record}`);
    return String((JSON.parse(line) as { text?: unknown }).text ?? '');
  }
  return f.format === 'markdown' ? parseMarkdown(raw).body : raw;
}

export function add(into: LineScore, s: LineScore): void {
  into.boilerplate += s.boilerplate;
  into.boilerplateRemoved += s.boilerplateRemoved;
  into.content += s.content;
  into.contentKept += s.contentKept;
  into.duplicates += s.duplicates;
  into.duplicatesOnce += s.duplicatesOnce;
  into.misses.push(...s.misses);
}

export function row(system: string, s: LineScore): EvalRow {
  return {
    system,
    metrics: {
      boilerplate_removed: s.boilerplate ? s.boilerplateRemoved / s.boilerplate : 0,
      content_kept: s.content ? s.contentKept / s.content : 0,
      // Left out (shown as "—") when the set has no duplicated paragraph, rather than a misleading 0.
      ...(s.duplicates ? { duplicates_once: s.duplicatesOnce / s.duplicates } : {}),
    },
  };
}

interface SetScore {
  readonly dir: string;
  readonly files: number;
  readonly lines: number;
  readonly ours: LineScore;
  readonly base: LineScore;
}

/** Score every labelled article of one folder with the cleaner and with the baseline. */
function scoreFolder(dir: string, examplesDir: string): SetScore {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort();
  const ours = emptyScore();
  const base = emptyScore();
  let lines = 0;
  for (const name of files) {
    const f = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LabelFile;
    const body = labelledBody([dir, examplesDir], f);
    lines += f.lines.length;
    const s = scoreLines(f.lines, clean(body, f.format).text);
    add(ours, { ...s, misses: s.misses.map((m) => `${f.file}: ${m}`) });
    add(base, scoreLines(f.lines, baselineClean(body)));
  }
  return { dir, files: files.length, lines, ours, base };
}

function counts(label: string, s: LineScore): string {
  return `${label}: boilerplate ${s.boilerplateRemoved}/${s.boilerplate} removed, content ${s.contentKept}/${s.content} kept, duplicates ${s.duplicatesOnce}/${s.duplicates} kept once`;
}

/**
 * opts.path: one folder of *.labels.json files (articles next to them, else under examples/). Without it,
 * every set is scored in one run: the examples (test/fixtures/clean, which the rules were tuned on),
 * the held-out pages (test/fixtures/clean/heldout) and its rounds 2-7, each next to the baseline.
 */
export async function evaluateClean(opts: { path?: string } = {}): Promise<EvalReport> {
  const examplesDir = resolve(process.cwd(), 'examples');
  const sets: Array<[string, SetScore]> =
    opts.path !== undefined
      ? [['', scoreFolder(resolve(process.cwd(), opts.path), examplesDir)]]
      : [
          ['examples', scoreFolder(resolve(process.cwd(), 'test/fixtures/clean'), examplesDir)],
          ['held-out', scoreFolder(resolve(process.cwd(), 'test/fixtures/clean/heldout'), examplesDir)],
          ...(
            [
              'round2',
              'round3',
              'round4',
              'round5',
              'round6',
              'round7',
              'round8',
              'round9',
              'round10',
              'round11',
              'round12',
              'round13',
              'round14',
              'round15',
              'round16',
              'round17',
              'round18',
              'round19',
              'round20',
              'round21',
              'round22',
              'round23',
              'round24',
              'round25',
              'round26',
              'round27',
              'round28',
              'round29',
              'round30',
              'round31',
              'round32',
              'round33',
              'round34',
              'round35',
              'round36',
              'round37',
              'round38',
              'round39',
              'round40',
              'round41',
              'round42',
            ] as const
          ).map((r): [string, SetScore] => [
            `held-out ${r.replace('round', 'round ')}`,
            scoreFolder(resolve(process.cwd(), `test/fixtures/clean/heldout/${r}`), examplesDir),
          ]),
        ];
  const tag = (name: string, set: string) => (set === '' ? name : `${name} [${set}]`);
  return {
    name: 'clean',
    data: sets
      .map(
        ([set, s]) =>
          `${tag(s.dir, set)} (${s.files} labelled articles, ${s.lines} lines: ${s.ours.content} content, ${s.ours.boilerplate} boilerplate)`,
      )
      .join('; '),
    rows: sets.flatMap(([set, s]) => [
      row(tag('parley clean', set), s.ours),
      row(tag('baseline: lines of 8+ words', set), s.base),
    ]),
    notes: [
      'goal: boilerplate_removed >= 95%, content_kept >= 99%',
      ...sets.map(([set, s]) => counts(tag('counts', set), s.ours)),
      ...sets.flatMap(([, s]) => s.ours.misses.slice(0, 30)),
    ],
  };
}

export function emptyScore(): LineScore {
  return {
    boilerplate: 0,
    boilerplateRemoved: 0,
    content: 0,
    contentKept: 0,
    duplicates: 0,
    duplicatesOnce: 0,
    misses: [],
  };
}
