import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export type { Db, Queryable } from './db.ts';
export { StoreError } from './db.ts';

export interface StoreOptions {
  /** PGlite data directory; ignored when `databaseUrl` is set. */
  readonly dir: string;
  readonly databaseUrl?: string | undefined;
}

/** Opens the store (PostgreSQL when a URL is given, else embedded PGlite) and brings its schema up to date. */
export async function openStore(opts: StoreOptions): Promise<Db> {
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dir);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
