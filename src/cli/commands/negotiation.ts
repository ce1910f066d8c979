import type { Command } from 'commander';
import {
  diffProposals,
  formatDiff,
  formatPositions,
  formatProposals,
  positionsMatrix,
} from '../../corpus/negotiation.ts';
import { UsageError } from '../context.ts';
import { loadDossier, type ReadFlags, readOptions } from '../dossier.ts';

export function registerNegotiation(program: Command): void {
  readOptions(
    program
      .command('positions')
      .description("Each party's latest stance on each issue, with date, number of sources and disputes (!)")
      .option('--as-of <YYYY-MM-DD>', 'the positions as they stood on this day')
      .option('--issue <id>', 'only this issue')
      .option(
        '--by <side|actor>',
        'one row per side (a spokesman counts for his government) or per actor',
        'side',
      ),
  ).action(async (flags: ReadFlags & { issue?: string; by: string }) => {
    if (flags.by !== 'side' && flags.by !== 'actor')
      throw new UsageError(`--by must be side or actor, not "${flags.by}"`);
    const d = await loadDossier(flags);
    if (flags.issue && !d.issues.some((i) => i.id === flags.issue))
      throw new UsageError(
        `unknown --issue "${flags.issue}": known issues are ${d.issues.map((i) => i.id).join(', ')}`,
      );
    const m = positionsMatrix(d.positions, { asOf: flags.asOf, issue: flags.issue, by: flags.by });
    if (flags.json) return void console.log(JSON.stringify(m, null, 2));
    // Rows by name for people to read; the JSON keeps the ids.
    const names = new Map(d.actors.map((a) => [a.id, a.name]));
    const name = (id: string) => names.get(id) ?? id;
    console.log(
      formatPositions({
        ...m,
        rows: m.rows.map(name),
        cells: m.cells.map((c) => ({ ...c, row: name(c.row) })),
      }),
    );
  });

  readOptions(
    program
      .command('proposals')
      .description('The proposals on the table, version by version, with their provisions'),
  ).action(async (flags: ReadFlags) => {
    const d = await loadDossier(flags);
    if (flags.json) return void console.log(JSON.stringify(d.proposals, null, 2));
    console.log(formatProposals(d.proposals));
  });

  readOptions(
    program
      .command('diff')
      .description('What changed between two versions of a proposal, issue by issue, with evidence')
      .argument('<a>', 'the earlier proposal (id, as `parley proposals` lists them)')
      .argument('<b>', 'the later proposal'),
  ).action(async (a: string, b: string, flags: ReadFlags) => {
    const d = await loadDossier(flags);
    const find = (id: string) => {
      const p =
        d.proposals.find((x) => x.id === id) ??
        d.proposals.find((x) => x.name.toLowerCase() === id.toLowerCase());
      if (!p)
        throw new UsageError(
          `no proposal "${id}": known proposals are ${d.proposals.map((x) => x.id).join(', ')}`,
        );
      return p;
    };
    const [pa, pb] = [find(a), find(b)];
    const diff = diffProposals(pa, pb);
    if (flags.json) return void console.log(JSON.stringify(diff, null, 2));
    console.log(formatDiff(diff, pa.name, pb.name));
  });
}
