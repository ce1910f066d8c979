import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/store/db.ts';
import { openStore } from '../../src/store/index.ts';

/**
 * The drivers every store test runs against: embedded PGlite always, and a PostgreSQL server
 * when PARLEY_TEST_DATABASE_URL names one (CI starts one). No mocks.
 */
export const drivers: { name: string; open: () => Promise<{ db: Db; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'pglite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
      const db = await openStore({ dir });
      return {
        db,
        cleanup: async () => {
          await db.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

const url = process.env.PARLEY_TEST_DATABASE_URL;
if (url) {
  drivers.push({
    name: 'postgres',
    open: async () => {
      const db = await openStore({ dir: '', databaseUrl: url });
      await resetPostgres(db);
      await db.close();
      const fresh = await openStore({ dir: '', databaseUrl: url });
      return { db: fresh, cleanup: () => fresh.close() };
    },
  });
}

/** Drops every table so each test starts from an empty schema. */
async function resetPostgres(db: Db): Promise<void> {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
}
