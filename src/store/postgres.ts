import pg from 'pg';
import { type Db, type Queryable, StoreError } from './db.ts';

/** A connection string with its password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const location = redact(url);
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new StoreError(`cannot connect to PostgreSQL at ${location}: ${(e as Error).message}`);
  }
  const query = async <T>(q: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) => {
    const r = await q.query(sql, params as unknown[] | undefined);
    return { rows: r.rows as T[] };
  };
  return {
    kind: 'postgres',
    location,
    query: (sql, params) => query(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Queryable = { query: (sql, params) => query(client, sql, params) };
        const out = await fn(tx);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
