import type { Command } from 'commander';
import { reanalyze } from '../../ingest/reanalyze.ts';
import { setMeta } from '../../store/meta.ts';
import { type StoreFlags, storePack, withStore } from '../context.ts';
import { progressBar } from '../progress.ts';

export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description(
      'Re-run the analysis of every stored article with a (newer) pack or newer code; the inputs are kept',
    )
    .option('--pack <name|path>', 'knowledge pack (default: the one the store was ingested with)')
    .option('--all', 'also articles already analysed with this exact pack and pipeline version')
    .option('--db <dir>', 'PGlite data directory')
    .action(async (flags: StoreFlags & { pack?: string; all?: boolean }) => {
      await withStore(flags, async (db) => {
        const pack = await storePack(db, flags.pack);
        if (flags.pack) await setMeta(db, 'pack', flags.pack);
        const total = Number(
          (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents')).rows[0]?.n ?? 0,
        );
        const bar = progressBar(true);
        const r = await reanalyze(db, pack, {
          all: flags.all,
          onProgress: (done) => bar.update(done, total, done),
        });
        bar.stop();
        console.log(
          `re-analysed ${r.analyzed} article(s) with ${pack.pack.id}; ${r.current} already current`,
        );
      });
    });
}
