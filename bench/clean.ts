/**
 * Throughput of clean() on the bundled examples, repeated to ~1,000 articles. Baseline in the same run:
 * a plain paragraph split (`body.split(/\n\s*\n/)`), the least any cleaner must do.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchRow } from '../src/eval/report.ts';
import { extractHtml } from '../src/ingest/html.ts';
import { parseMarkdown } from '../src/ingest/markdown.ts';
import { clean } from '../src/pipeline/clean/index.ts';

type Body = { body: string; format: 'text' | 'markdown' | 'html' };

function loadExamples(dir: string): Body[] {
  const out: Body[] = [];
  for (const name of readdirSync(dir).sort()) {
    const raw = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.txt')) out.push({ body: raw, format: 'text' });
    else if (name.endsWith('.md')) out.push({ body: parseMarkdown(raw).body, format: 'markdown' });
    else if (name.endsWith('.html')) out.push({ body: extractHtml(raw, name).body, format: 'html' });
    else if (name.endsWith('.jsonl')) {
      for (const line of raw.split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { text?: string; html?: string };
        if (r.text) out.push({ body: r.text, format: 'text' });
        else if (r.html) out.push({ body: extractHtml(r.html, name).body, format: 'html' });
      }
    }
  }
  return out;
}

function rate(fn: () => void, articles: number): number {
  fn(); // warm-up
  const t0 = performance.now();
  fn();
  return articles / ((performance.now() - t0) / 1000);
}

export async function bench(): Promise<BenchRow[]> {
  const examples = loadExamples(resolve(process.cwd(), 'examples'));
  const batch: Body[] = [];
  while (batch.length < 1000) batch.push(...examples);
  const words = batch.reduce((n, b) => n + b.body.split(/\s+/).length, 0);
  let sink = 0;
  const ours = rate(() => {
    for (const b of batch) sink += clean(b.body, b.format).text.length;
  }, batch.length);
  const base = rate(() => {
    for (const b of batch) sink += b.body.split(/\n\s*\n/).length;
  }, batch.length);
  if (sink < 0) console.log(sink);
  const avgWords = Math.round(words / batch.length);
  return [
    {
      name: `clean: articles/s (${batch.length} articles, ~${avgWords} words each)`,
      value: Math.round(ours),
      unit: 'articles/s',
      baseline: { name: 'split on blank lines', value: Math.round(base) },
    },
    { name: 'clean: words/s', value: Math.round(ours * avgWords), unit: 'words/s' },
  ];
}
