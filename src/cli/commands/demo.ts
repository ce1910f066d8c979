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
        const d = await buildDossier(db, { pack: compiled });
        const names = new Map(d.actors.map((a) => [a.id, a.name]));
        const name = (id: string | null) => (id ? (names.get(id) ?? id) : '(unattributed)');
        console.log(
          `\n${stats.documents} articles, ${stats.words} words, published ${stats.firstPublished ?? '?'} … ${stats.lastPublished ?? '?'}`,
        );
        for (const doc of d.documents)
          console.log(
            `  ${doc.published ?? '(undated)  '}  ${(doc.outlet ?? '—').padEnd(20).slice(0, 20)}  ${doc.title ?? doc.source}`,
          );

        const people = d.actors.filter((a) => a.kind === 'person');
        console.log(
          `\n${people.length} people (${people.filter((a) => !a.known).length} not in the pack), most mentioned:`,
        );
        for (const a of people.slice(0, 8)) {
          const spellings = [...new Set(a.mentions.map((m) => m.text))];
          console.log(
            `  ${a.name.padEnd(22)} ${String(a.mentions.length).padStart(3)} mentions  as ${spellings.join(' / ')}`,
          );
        }

        console.log(`\n${d.proposals.length} proposals:`);
        for (const p of [...d.proposals].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 6))
          console.log(
            `  ${p.name}${p.points ? ` (${p.points} points)` : ''}${p.supersedes ? `, revises ${p.supersedes}` : ''}: ${p.provisions.length} provisions, ${p.mentions.length} mentions`,
          );

        const direct = d.quotes.filter((q) => q.kind === 'direct' && !q.scare);
        console.log(
          `\n${d.quotes.length} quotes and reported statements (${direct.length} direct), for example:`,
        );
        for (const q of direct.filter((x) => x.speaker).slice(0, 4))
          console.log(
            `  ${name(q.speaker)}, ${typeof q.date === 'string' ? q.date : '?'}: “${q.text.slice(0, 90)}${q.text.length > 90 ? '…' : ''}”`,
          );

        console.log(
          `\n${d.positions.length} stances on ${new Set(d.positions.map((p) => p.issue)).size} issues, ${d.times.length} dated time expressions, ${d.conflicts.length} conflicts between sources.`,
        );
        console.log(
          '\nNext: parley ingest YOUR-ARTICLES --pack ukraine-2025, then parley positions | proposals | quotes | actors | export.',
        );
        if (flags.keep) console.log(`\nstore kept in ${dir} (parley export --db ${dir})`);
      } finally {
        await db.close();
        if (!flags.keep) rmSync(dir, { recursive: true, force: true });
      }
    });
}
