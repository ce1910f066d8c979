import type { Command } from 'commander';
import { EVALUATIONS } from '../../eval/registry.ts';
import { formatReport } from '../../eval/report.ts';
import { UsageError } from '../context.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score the pipeline against annotated text (our own annotations and public benchmarks)')
    .argument(
      '[names...]',
      `which evaluations (${Object.keys(EVALUATIONS).join(', ')}); all when none is named`,
    )
    .option('--path <path>', 'data to score instead of the default (one evaluation only)')
    .option('--json', 'print the reports as JSON')
    .option(
      '--errors',
      'also list each missed and spurious item, with its evidence (where an evaluation keeps them)',
    )
    .addHelpText(
      'after',
      `\n${Object.entries(EVALUATIONS)
        .map(([n, e]) => `  ${n.padEnd(12)} ${e.what}`)
        .join('\n')}\n\nPublic benchmarks are read from ../shared/benchmarks/ by default.`,
    )
    .action(async (names: string[], flags: { path?: string; json?: boolean; errors?: boolean }) => {
      const chosen = names.length > 0 ? names : Object.keys(EVALUATIONS);
      for (const n of chosen)
        if (!EVALUATIONS[n])
          throw new UsageError(`unknown evaluation "${n}": use ${Object.keys(EVALUATIONS).join(', ')}`);
      if (flags.path && chosen.length > 1) throw new UsageError('--path needs exactly one evaluation name');
      const reports = [];
      for (const n of chosen) {
        const evaluate = await (EVALUATIONS[n] as (typeof EVALUATIONS)[string]).load();
        const report = await evaluate(flags.path ? { path: flags.path } : {});
        reports.push(report);
        if (!flags.json) console.log(`${formatReport(report)}\n`);
        if (!flags.json && flags.errors)
          console.log(report.errors?.length ? `${report.errors.join('\n')}\n` : 'no errors listed\n');
      }
      if (flags.json) console.log(JSON.stringify(reports, null, 2));
    });
}
