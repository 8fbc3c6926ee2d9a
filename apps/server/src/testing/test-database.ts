import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createPostgres, fromPGlite, type DatabaseHandle } from '../db/create-database.js';
import { databaseUrlFor, type DatabaseTemplate } from './database-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    enoxDatabaseTemplate: DatabaseTemplate;
  }
}

let dumpCache: Promise<Blob> | undefined;

/**
 * An isolated, migrated database for one suite, copied from the run's
 * template: PGlite by default, a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set. Closing it drops it.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('enoxDatabaseTemplate');
  if (template.kind === 'pglite') {
    // readFile never returns shared memory, so its buffer is a plain ArrayBuffer.
    dumpCache ??= readFile(template.dumpPath).then(
      (b) => new Blob([new Uint8Array(b) as Uint8Array<ArrayBuffer>]),
    );
    const pglite = await PGlite.create({ loadDataDir: await dumpCache });
    return fromPGlite(pglite);
  }

  const name = `enox_t_${template.runId}_${randomBytes(4).toString('hex')}`;
  const admin = createPostgres(template.adminUrl, { poolSize: 1, connectionTimeoutMs: 5_000 });
  try {
    await createFromTemplate(admin.db, name, template.template);
  } finally {
    await admin.close();
  }
  const handle = createPostgres(databaseUrlFor(template.adminUrl, name), {
    poolSize: 5,
    connectionTimeoutMs: 5_000,
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = createPostgres(template.adminUrl, {
        poolSize: 1,
        connectionTimeoutMs: 5_000,
      });
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(dropper.db);
      await dropper.close();
    },
  };
}

// Two suites copying the same template at the same moment can collide
// (SQLSTATE 55006, "being accessed by other users"): wait and try again.
async function createFromTemplate(db: DatabaseHandle['db'], name: string, template: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(db);
      return;
    } catch (error) {
      const busy =
        typeof error === 'object' && error !== null && 'code' in error && error.code === '55006';
      if (!busy || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}
