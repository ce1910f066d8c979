/**
 * The cleaner on real scraped pages: the reference articles in ../shared/seeds (resolved from
 * process.cwd(), like the public benchmarks), labelled line by line in test/fixtures/clean/real/.
 *
 * The project must not copy text from those pages, so the label files hold line numbers and labels
 * only; the text is read from the seeds at run time and scored exactly like the other clean fixtures
 * (src/eval/clean.ts, scoreLines). Label format:
 *   { "file": "000_….txt", "format": "text",
 *     "lines": [{ "line": 3, "label": "content" },
 *               { "line": 5, "label": "boilerplate", "from": 2707, "to": 2951 }] }
 * "from"/"to" (UTF-16 offsets into that line, end exclusive) mark one piece of a flattened line (the
 * whole body on one line, photo captions glued in); each piece is scored like a line of its own, and
 * content pieces are one sentence each. Lines without letters or digits are not labelled.
 * When the seeds folder is absent the evaluation says so in a note and scores nothing.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../pipeline/clean/index.ts';
import { add, baselineClean, emptyScore, type LabelledLine, row, scoreLines } from './clean.ts';
import type { EvalReport } from './report.ts';

export interface RealLabel {
  readonly line: number;
  readonly label: 'content' | 'boilerplate';
  readonly from?: number;
  readonly to?: number;
  readonly duplicate?: boolean;
}

export interface RealLabelFile {
  readonly file: string;
  readonly format: 'text' | 'markdown';
  readonly lines: readonly RealLabel[];
}

/** The labelled lines with their text taken from the page itself (1-based line numbers). */
export function realLines(f: RealLabelFile, body: string): LabelledLine[] {
  const lines = body.split('\n');
  return f.lines.map((l) => {
    const line = lines[l.line - 1];
    if (line === undefined) throw new Error(`${f.file}: no line ${l.line}`);
    const piece = l.from !== undefined || l.to !== undefined;
    const text = piece ? line.slice(l.from ?? 0, l.to ?? line.length) : line;
    return {
      line: l.line,
      label: l.label,
      text,
      ...(piece ? { part: true } : {}),
      ...(l.duplicate ? { duplicate: true } : {}),
    };
  });
}

/** opts.path: the folder of scraped pages (default ../shared/seeds); labels come from the repository. */
export async function evaluateCleanReal(opts: { path?: string } = {}): Promise<EvalReport> {
  const pages = resolve(process.cwd(), opts.path ?? '../shared/seeds');
  const labelsDir = resolve(process.cwd(), 'test/fixtures/clean/real');
  const files = readdirSync(labelsDir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort();
  const ours = emptyScore();
  const base = emptyScore();
  let scored = 0;
  let missing = 0;
  for (const name of files) {
    const f = JSON.parse(readFileSync(join(labelsDir, name), 'utf8')) as RealLabelFile;
    const at = join(pages, f.file);
    if (!existsSync(at)) {
      missing++;
      continue;
    }
    const body = readFileSync(at, 'utf8');
    const lines = realLines(f, body);
    const s = scoreLines(lines, clean(body, f.format).text);
    add(ours, { ...s, misses: s.misses.map((m) => `${f.file}: ${m}`) });
    add(base, scoreLines(lines, baselineClean(body)));
    scored++;
  }
  const data = `${pages} (${scored} real scraped pages, labels in ${labelsDir}: ${ours.content} content, ${ours.boilerplate} boilerplate)`;
  if (scored === 0)
    return {
      name: 'clean-real',
      data,
      rows: [],
      notes: [`no scraped pages found in ${pages}: nothing scored (the labels need the pages next to them)`],
    };
  return {
    name: 'clean-real',
    data,
    rows: [row('parley clean [real pages]', ours), row('baseline: lines of 8+ words [real pages]', base)],
    notes: [
      'goal: boilerplate_removed >= 95%, content_kept >= 99%',
      `counts: boilerplate ${ours.boilerplateRemoved}/${ours.boilerplate} removed, content ${ours.contentKept}/${ours.content} kept`,
      ...(missing > 0 ? [`${missing} labelled page(s) not found in ${pages}`] : []),
    ],
    // The misses quote the pages themselves: shown with --errors only, never stored.
    errors: ours.misses,
  };
}
