import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Db, type Queryable, StoreError } from './db.ts';

export async function openPglite(dir: string): Promise<Db> {
  const location = resolve(dir);
  try {
    mkdirSync(location, { recursive: true });
  } catch (e) {
    throw new StoreError(`cannot create the data directory ${location}: ${(e as Error).message}`);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create({ dataDir: location });
  } catch (e) {
    throw new StoreError(
      `cannot open the database in ${location}: ${(e as Error).message} (is another parley process using it?)`,
    );
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <T>(sql: string, params?: readonly unknown[]) => {
      const r = await q.query<T>(sql, params as unknown[] | undefined);
      return { rows: r.rows };
    },
  });
  return {
    kind: 'pglite',
    location,
    ...wrap(pg),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
