import type { Command } from 'commander';
import type { Dossier } from '../export/contract.ts';
import { buildDossier } from '../export/dossier.ts';
import { checkDate, type StoreFlags, storePack, withStore } from './context.ts';

export interface ReadFlags extends StoreFlags {
  pack?: string;
  asOf?: string;
  json?: boolean;
}

/** The options every read command shares. */
export function readOptions(cmd: Command): Command {
  return cmd
    .option('--pack <name|path>', 'knowledge pack (default: the one the store was ingested with)')
    .option('--db <dir>', 'PGlite data directory (default ./parley-data or $PARLEY_DB)')
    .option('--json', 'print JSON instead of a table');
}

/** Opens the store, assembles the dossier, closes the store. */
export function loadDossier(flags: ReadFlags): Promise<Dossier> {
  const asOf = checkDate('--as-of', flags.asOf);
  return withStore(flags, async (db) => buildDossier(db, { asOf, pack: await storePack(db, flags.pack) }));
}

/** A plain-text table with columns padded to their widest cell. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 60,
): string {
  const clip = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const cells = [header, ...rows].map((r) => r.map((c) => clip(c.replace(/\s+/g, ' '))));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function dateText(d: unknown): string {
  if (d === null || d === undefined) return '—';
  if (typeof d === 'string') return d;
  const r = d as { from: unknown; to: unknown };
  return `${dateText(r.from)}…${dateText(r.to)}`;
}
