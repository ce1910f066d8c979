import { resolve } from 'node:path';
import { loadPack } from '../packs/load.ts';
import { type CompiledPack, compilePack } from '../pipeline/analyze.ts';
import { type Db, openStore } from '../store/index.ts';
import { getMeta } from '../store/meta.ts';

export const DEFAULT_DB = 'parley-data';
export const DEFAULT_PACK = 'generic';

/** Options every command that touches the store accepts. */
export interface StoreFlags {
  readonly db?: string;
}

export function dataDir(flags: StoreFlags): string {
  return resolve(flags.db ?? process.env.PARLEY_DB ?? DEFAULT_DB);
}

/** Opens the store the flags and environment point at: DATABASE_URL wins over --db / PARLEY_DB. */
export function open(flags: StoreFlags): Promise<Db> {
  return openStore({ dir: dataDir(flags), databaseUrl: process.env.DATABASE_URL || undefined });
}

/** Runs `fn` with the store open, closing it whatever happens. */
export async function withStore<T>(flags: StoreFlags, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await open(flags);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export function pack(name: string | undefined): CompiledPack {
  return compilePack(loadPack(name ?? process.env.PARLEY_PACK ?? DEFAULT_PACK));
}

/**
 * The pack for a command on an existing store: the one named on the command line, else the one
 * the store was last ingested with (so `parley positions` needs no --pack after an ingest), else
 * $PARLEY_PACK, else generic.
 */
export async function storePack(db: Db, name: string | undefined): Promise<CompiledPack> {
  return pack(name ?? (await getMeta(db, 'pack')) ?? undefined);
}

/** A usage error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok =
    m &&
    (() => {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
    })();
  if (!ok) throw new UsageError(`invalid ${flag} "${value}": expected a calendar date as YYYY-MM-DD`);
  return value;
}
