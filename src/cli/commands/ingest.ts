import type { Command } from 'commander';
import { expandInputs } from '../../ingest/inputs.ts';
import { type IngestSummary, ingestInputs } from '../../ingest/run.ts';
import { setMeta } from '../../store/meta.ts';
import { checkDate, type StoreFlags, storePack, UsageError, withStore } from '../context.ts';
import { progressBar } from '../progress.ts';

interface IngestFlags extends StoreFlags {
  date?: string;
  outlet?: string;
  url?: string;
  title?: string;
  pack?: string;
  maxSize: string;
  progress: boolean;
  jobs?: string;
  deferAnalysis?: boolean;
  quiet?: boolean;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`invalid --max-size "${s}": expected a size such as 10MB or 500KB`);
  const unit = (m[2] ?? 'b').toLowerCase()[0] as string;
  const mult = { b: 1, k: 1024, m: 1048576, g: 1073741824 }[unit] ?? 1;
  return Math.round(Number(m[1]) * mult);
}

export function printSummary(s: IngestSummary, out: (line: string) => void): void {
  out(
    `ingested ${s.ingested.length}, unchanged ${s.unchanged.length}, near-identical ${s.nearIdentical.length}, failed ${s.failed.length}`,
  );
  for (const n of s.nearIdentical)
    out(`  near-identical: ${n.source} is ${Math.round(n.similarity * 100)}% the same as ${n.of}`);
  for (const d of s.inferred) out(`  date inferred: ${d.source} → ${d.date} (${d.rule})`);
  for (const u of s.undated) out(`  no date: ${u.source} (give one with --date YYYY-MM-DD)`);
  for (const f of s.failed) out(`  failed: ${f.input}: ${f.reason}`);
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read articles (files, directories, globs, - for stdin), clean, analyse and store them')
    .argument(
      '<path...>',
      '.txt, .md (YAML front matter), .html/.htm, .jsonl; directories are walked recursively',
    )
    .option('--date <YYYY-MM-DD>', 'publication date for every article (overrides metadata)')
    .option('--outlet <name>', 'outlet for every article')
    .option('--url <url>', 'URL for every article')
    .option('--title <title>', 'title for every article')
    .option(
      '--pack <name|path>',
      'knowledge pack (generic, ukraine-2025, or a folder); remembered by the store',
    )
    .option(
      '--db <dir>',
      'PGlite data directory (default ./parley-data or $PARLEY_DB; $DATABASE_URL selects PostgreSQL)',
    )
    .option('--max-size <size>', 'refuse inputs larger than this', '10MB')
    .option(
      '-j, --jobs <n>',
      'worker threads for cleaning and analysis (0: none; default: one per spare core on big batches)',
    )
    .option(
      '--defer-analysis',
      'store cleaned articles now, extract facts later with `parley reanalyze` (bulk loads)',
    )
    .option('--no-progress', 'no progress bar')
    .option('-q, --quiet', 'print only failures')
    .addHelpText(
      'after',
      '\nExamples:\n  parley ingest examples/ --pack ukraine-2025\n  parley ingest article.txt --date 2025-11-26\n  cat page.html | parley ingest - --url https://example.org/a\n',
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const date = checkDate('--date', flags.date);
      const maxBytes = parseSize(flags.maxSize);
      const workers = flags.jobs === undefined ? undefined : Number(flags.jobs);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
        throw new UsageError(`invalid --jobs "${flags.jobs}": expected a whole number from 0 to 64`);
      const { inputs, errors } = expandInputs(paths);
      const bar = progressBar(flags.progress && !flags.quiet);
      const summary = await withStore(flags, async (db) => {
        const compiled = await storePack(db, flags.pack);
        if (flags.pack) await setMeta(db, 'pack', flags.pack);
        return ingestInputs(db, inputs, {
          overrides: { date, outlet: flags.outlet, url: flags.url, title: flags.title },
          maxBytes,
          workers,
          facts: !flags.deferAnalysis,
          pack: compiled,
          readStdin,
          onProgress: bar.update,
        });
      }).finally(() => bar.stop());
      summary.failed.unshift(...errors.map((e) => ({ input: e.input, reason: e.reason })));
      if (flags.quiet) for (const f of summary.failed) console.error(`failed: ${f.input}: ${f.reason}`);
      else printSummary(summary, (l) => console.log(l));
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
