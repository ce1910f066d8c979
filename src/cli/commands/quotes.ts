import type { Command } from 'commander';
import { dateKey } from '../../corpus/negotiation.ts';
import { checkDate } from '../context.ts';
import { dateText, loadDossier, type ReadFlags, readOptions } from '../dossier.ts';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function registerQuotes(program: Command): void {
  readOptions(
    program
      .command('quotes')
      .description('Who said what: every quote and reported statement, with speaker, date and sources')
      .option('--speaker <name>', 'only quotes by this actor (any part of the name or id)')
      .option('--search <text>', 'only quotes containing this text')
      .option('--since <YYYY-MM-DD>', 'only quotes dated on or after this day')
      .option('--direct', 'only direct quotes')
      .option('--all', 'include scare quotes and quoted titles'),
  ).action(
    async (
      flags: ReadFlags & {
        speaker?: string;
        search?: string;
        since?: string;
        direct?: boolean;
        all?: boolean;
      },
    ) => {
      const since = checkDate('--since', flags.since);
      const d = await loadDossier(flags);
      const names = new Map(d.actors.map((a) => [a.id, a.name]));
      const speakerName = (id: string | null) => (id ? (names.get(id) ?? id) : null);
      const quotes = d.quotes.filter((q) => {
        if (q.scare && !flags.all) return false;
        if (flags.direct && q.kind !== 'direct') return false;
        if (since && (!q.date || dateKey(q.date) < since)) return false;
        if (flags.search && !fold(q.text).includes(fold(flags.search))) return false;
        if (flags.speaker) {
          const who = fold(`${q.speaker ?? ''} ${speakerName(q.speaker) ?? ''}`);
          if (!who.includes(fold(flags.speaker))) return false;
        }
        return true;
      });
      if (flags.json) return void console.log(JSON.stringify(quotes, null, 2));
      const docs = new Map(d.documents.map((x) => [x.id, x]));
      for (const q of quotes) {
        const who = speakerName(q.speaker) ?? (q.unnamed ? `(${q.unnamed.description})` : '(unattributed)');
        const body = q.kind === 'direct' ? `“${q.text}”` : `[reported] ${q.text}`;
        console.log(`${dateText(q.date)}  ${who}: ${body}`);
        for (const o of q.occurrences) {
          const doc = docs.get(o.doc);
          console.log(
            `    ${dateText(o.date)}  ${doc?.outlet ?? doc?.source ?? o.doc}  [${o.doc}:${o.start}-${o.end}]`,
          );
        }
      }
      console.log(`${quotes.length} quote(s)`);
    },
  );
}
