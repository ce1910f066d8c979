/**
 * The negotiation stage on real scraped pages: the reference articles in ../shared/seeds (resolved
 * from process.cwd(), like the public benchmarks), annotated in test/fixtures/negotiation/real/.
 *
 * The project must not copy text from those pages, so each gold file names its page
 * ("file": "000_….txt") and holds keys only, with a line number per item to find the evidence
 * again; the page is read at run time, cleaned as `parley ingest` cleans it, and scored exactly like
 * the written articles (scoreNegotiation). When the seeds folder is absent the evaluation says so
 * and scores nothing.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../pipeline/clean/index.ts';
import { type AnnotatedDoc, type GoldDoc, scoreNegotiation } from './negotiation.ts';
import type { EvalReport } from './report.ts';

interface RealGold extends GoldDoc {
  readonly file: string;
}

/** opts.path: the folder of scraped pages (default ../shared/seeds); annotations come from the repository. */
export async function evaluateNegotiationReal(opts: { path?: string } = {}): Promise<EvalReport> {
  const pages = resolve(process.cwd(), opts.path ?? '../shared/seeds');
  const goldDir = resolve(process.cwd(), 'test/fixtures/negotiation/real');
  const docs: AnnotatedDoc[] = [];
  const absent: string[] = [];
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as RealGold;
    const at = join(pages, gold.file);
    if (!existsSync(at)) {
      absent.push(gold.file);
      continue;
    }
    const text = clean(readFileSync(at, 'utf8'), 'text').text;
    docs.push({ name: gold.file.replace(/\.txt$/, ''), gold, text });
  }
  if (docs.length === 0)
    return {
      name: 'negotiation-real',
      data: pages,
      rows: [],
      notes: [`no scraped pages found in ${pages}: nothing scored (the annotations need the pages)`],
    };
  const report = await scoreNegotiation('negotiation-real', `${pages} (cleaned; gold in ${goldDir})`, docs);
  if (absent.length === 0) return report;
  return { ...report, notes: [...report.notes, `${absent.length} annotated page(s) not found in ${pages}`] };
}
