import type { Command } from 'commander';
import { storeStats } from '../../store/documents.ts';
import { type StoreFlags, withStore } from '../context.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('What the store holds')
    .option('--db <dir>', 'PGlite data directory')
    .option('--json', 'as JSON')
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      await withStore(flags, async (db) => {
        const s = await storeStats(db);
        if (flags.json) return void console.log(JSON.stringify({ store: db.location, ...s }, null, 2));
        console.log(`store:      ${db.location} (${db.kind})`);
        console.log(`documents:  ${s.documents} (${s.duplicates} near-identical to another)`);
        console.log(`sources:    ${s.sources}`);
        console.log(`words:      ${s.words}`);
        console.log(
          `published:  ${s.firstPublished ?? '—'} … ${s.lastPublished ?? '—'} (${s.undated} undated)`,
        );
      });
    });
}
