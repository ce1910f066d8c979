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
 *
 * Scoring is by text, not by line number, so any cleaner can be scored the same way:
 *   - a content line is kept if its normalized text (letters and digits only) occurs in the clean text;
 *   - a boilerplate line survived if it equals a whole clean paragraph, or (6+ words) occurs inside one.
 * The baseline, scored in the same run, keeps every line of 8 words or more.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMarkdown } from '../ingest/markdown.ts';
import { clean } from '../pipeline/clean/index.ts';
import type { EvalReport, EvalRow } from './report.ts';

export interface LabelledLine {
  readonly line: number;
  readonly label: 'content' | 'boilerplate';
  readonly text: string;
  readonly duplicate?: boolean;
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
  const s: LineScore = {
    boilerplate: 0,
    boilerplateRemoved: 0,
    content: 0,
    contentKept: 0,
    duplicates: 0,
    duplicatesOnce: 0,
    misses: [],
  };
  for (const l of lines) {
    const norm = normalizeForScore(l.text);
    if (norm === '') continue;
    if (l.label === 'content') {
      s.content++;
      if (whole.includes(` ${norm} `)) s.contentKept++;
      else s.misses.push(`lost content: ${l.text.slice(0, 80)}`);
      if (l.duplicate) {
        s.duplicates++;
        if (occurrences(whole, ` ${norm} `) === 1) s.duplicatesOnce++;
      }
    } else {
      s.boilerplate++;
      const survived =
        paragraphs.includes(norm) || (norm.split(' ').length >= 6 && whole.includes(` ${norm} `));
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
export function labelledBody(examplesDir: string, f: LabelFile): string {
  const raw = readFileSync(join(examplesDir, f.file), 'utf8');
  if (f.record !== undefined) {
    const line = raw.split('\n')[f.record - 1];
    if (line === undefined) throw new Error(`${f.file}: no record ${f.record}`);
    return String((JSON.parse(line) as { text?: unknown }).text ?? '');
  }
  return f.format === 'markdown' ? parseMarkdown(raw).body : raw;
}

function add(into: LineScore, s: LineScore): void {
  into.boilerplate += s.boilerplate;
  into.boilerplateRemoved += s.boilerplateRemoved;
  into.content += s.content;
  into.contentKept += s.contentKept;
  into.duplicates += s.duplicates;
  into.duplicatesOnce += s.duplicatesOnce;
  into.misses.push(...s.misses);
}

function row(system: string, s: LineScore): EvalRow {
  return {
    system,
    metrics: {
      boilerplate_removed: s.boilerplate ? s.boilerplateRemoved / s.boilerplate : 0,
      content_kept: s.content ? s.contentKept / s.content : 0,
      duplicates_once: s.duplicates ? s.duplicatesOnce / s.duplicates : 0,
    },
  };
}

/**
 * opts.path: the folder of *.labels.json files (default test/fixtures/clean); the articles themselves are
 * read from the sibling examples/ folder of the repository (process.cwd()/examples).
 */
export async function evaluateClean(opts: { path?: string } = {}): Promise<EvalReport> {
  const dir = resolve(process.cwd(), opts.path ?? 'test/fixtures/clean');
  const examplesDir = resolve(process.cwd(), 'examples');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort();
  const ours = emptyScore();
  const base = emptyScore();
  let lines = 0;
  for (const name of files) {
    const f = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LabelFile;
    const body = labelledBody(examplesDir, f);
    lines += f.lines.length;
    const s = scoreLines(f.lines, clean(body, f.format).text);
    add(ours, { ...s, misses: s.misses.map((m) => `${f.file}: ${m}`) });
    add(base, scoreLines(f.lines, baselineClean(body)));
  }
  return {
    name: 'clean',
    data: `${dir} (${files.length} labelled articles, ${lines} lines: ${ours.content} content, ${ours.boilerplate} boilerplate)`,
    rows: [row('parley clean', ours), row('baseline: lines of 8+ words', base)],
    notes: [
      'goal: boilerplate_removed >= 95%, content_kept >= 99%',
      `counts: boilerplate ${ours.boilerplateRemoved}/${ours.boilerplate} removed, content ${ours.contentKept}/${ours.content} kept, duplicates ${ours.duplicatesOnce}/${ours.duplicates} kept once`,
      ...ours.misses.slice(0, 20),
    ],
  };
}

function emptyScore(): LineScore {
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
