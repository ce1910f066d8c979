import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildDossier } from '../../export/dossier.ts';
import { toMarkdown } from '../../export/markdown.ts';
import { checkDate, type StoreFlags, storePack, UsageError, withStore } from '../context.ts';

interface ExportFlags extends StoreFlags {
  format: string;
  asOf?: string;
  pack?: string;
  output?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Print the dossier: JSON (the parley/1 contract) or a Markdown briefing')
    .option('-f, --format <json|md>', 'output format', 'json')
    .option('--as-of <YYYY-MM-DD>', 'only what was published on or before this date')
    .option('--pack <name|path>', "knowledge pack used to assemble the dossier (default: the store's)")
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--db <dir>', 'PGlite data directory')
    .action(async (flags: ExportFlags) => {
      if (!['json', 'md', 'markdown'].includes(flags.format))
        throw new UsageError(`unknown --format "${flags.format}": use json or md`);
      const asOf = checkDate('--as-of', flags.asOf);
      const dossier = await withStore(flags, async (db) =>
        buildDossier(db, { asOf, pack: await storePack(db, flags.pack) }),
      );
      const text = flags.format === 'json' ? `${JSON.stringify(dossier, null, 2)}\n` : toMarkdown(dossier);
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
    });
}
