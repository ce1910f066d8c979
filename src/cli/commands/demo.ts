import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildDossier } from '../../export/dossier.ts';
import { expandInputs } from '../../ingest/inputs.ts';
import { ingestInputs } from '../../ingest/run.ts';
import { storeStats } from '../../store/documents.ts';
import { openStore } from '../../store/index.ts';
import { pack } from '../context.ts';
import { progressBar } from '../progress.ts';
import { printSummary } from './ingest.ts';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Ingest the bundled examples into a fresh temporary store and show what Parley found')
    .option('--pack <name|path>', 'knowledge pack', 'ukraine-2025')
    .option('--keep', 'keep the temporary store and print its path')
    .action(async (flags: { pack: string; keep?: boolean }) => {
      const dir = mkdtempSync(join(tmpdir(), 'parley-demo-'));
      const compiled = pack(flags.pack);
      const db = await openStore({ dir });
      try {
        const { inputs } = expandInputs([EXAMPLES]);
        console.log(`Ingesting ${inputs.length} example files from ${EXAMPLES} with the ${flags.pack} pack…`);
        const bar = progressBar(true);
        const summary = await ingestInputs(db, inputs, {
          overrides: {},
          maxBytes: 10 * 1048576,
          pack: compiled,
          readStdin: async () => new Uint8Array(),
          onProgress: bar.update,
        });
        bar.stop();
        printSummary(summary, (l) => console.log(l));
        const stats = await storeStats(db);
        const dossier = await buildDossier(db, { pack: compiled });
        console.log('');
        console.log(
          `${stats.documents} documents, ${stats.words} words, published ${stats.firstPublished} … ${stats.lastPublished}`,
        );
        for (const d of dossier.documents)
          console.log(
            `  ${d.published ?? '(undated)  '}  ${(d.outlet ?? '').padEnd(18).slice(0, 18)}  ${d.title ?? d.source}`,
          );
        if (flags.keep) console.log(`\nstore kept in ${dir} (parley export --db ${dir})`);
      } finally {
        await db.close();
        if (!flags.keep) rmSync(dir, { recursive: true, force: true });
      }
    });
}
