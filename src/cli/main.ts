import { Command, CommanderError } from 'commander';
import { PackError } from '../packs/load.ts';
import { StoreError } from '../store/index.ts';
import { registerActors } from './commands/actors.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEval } from './commands/eval.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerNegotiation } from './commands/negotiation.ts';
import { registerQuotes } from './commands/quotes.ts';
import { registerReanalyze } from './commands/reanalyze.ts';
import { registerStats } from './commands/stats.ts';
import { UsageError } from './context.ts';

const program = new Command()
  .name('parley')
  .description('Follow a negotiation through the news: ingest articles, get a source-cited dossier.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerIngest(program);
registerExport(program);
registerStats(program);
registerActors(program);
registerQuotes(program);
registerNegotiation(program);
registerEval(program);
registerReanalyze(program);
registerDemo(program);

program.addHelpText(
  'after',
  '\nData: embedded PostgreSQL (PGlite) in ./parley-data (--db DIR or $PARLEY_DB);\nset $DATABASE_URL to use a PostgreSQL server instead.',
);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode;
  } else if (e instanceof UsageError) {
    console.error(`parley: ${e.message}`);
    process.exitCode = 2;
  } else if (e instanceof PackError || e instanceof StoreError) {
    console.error(`parley: ${e.message}`);
    process.exitCode = 1;
  } else {
    console.error(`parley: unexpected error: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  }
}
