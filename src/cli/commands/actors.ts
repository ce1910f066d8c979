import type { Command } from 'commander';
import { unknownActorsYaml } from '../../corpus/actors.ts';
import { UsageError } from '../context.ts';
import { loadDossier, type ReadFlags, readOptions, table } from '../dossier.ts';

const KINDS = ['person', 'organization', 'state', 'bloc', 'group'];

export function registerActors(program: Command): void {
  readOptions(
    program
      .command('actors')
      .description('Actors mentioned in the articles, with their aliases and how often they appear')
      .option('--kind <kind>', `only this kind (${KINDS.join(', ')})`)
      .option('--unknown', 'only actors in no pack (discovered in the text)')
      .option('--yaml', 'print unknown actors as pack-ready YAML to review and adopt'),
  ).action(async (flags: ReadFlags & { kind?: string; unknown?: boolean; yaml?: boolean }) => {
    if (flags.kind && !KINDS.includes(flags.kind))
      throw new UsageError(`unknown --kind "${flags.kind}": use one of ${KINDS.join(', ')}`);
    const d = await loadDossier(flags);
    const actors = d.actors.filter(
      (a) => (!flags.kind || a.kind === flags.kind) && (!(flags.unknown || flags.yaml) || !a.known),
    );
    if (flags.yaml) return void process.stdout.write(unknownActorsYaml(actors));
    if (flags.json) return void console.log(JSON.stringify(actors, null, 2));
    const docs = (a: (typeof actors)[number]) => new Set(a.mentions.map((m) => m.doc)).size;
    const spellings = (a: (typeof actors)[number]) => [...new Set(a.mentions.map((m) => m.text))].join(', ');
    console.log(
      table(
        ['actor', 'kind', 'side', 'known', 'mentions', 'docs', 'as written'],
        actors.map((a) => [
          a.name,
          a.kind,
          a.side ?? '—',
          a.known ? 'yes' : 'no',
          String(a.mentions.length),
          String(docs(a)),
          spellings(a),
        ]),
      ),
    );
  });
}
