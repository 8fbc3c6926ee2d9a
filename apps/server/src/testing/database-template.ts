import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { createPostgres, fromPGlite } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';

/** Where each suite's database is copied from: one migrated template per test run. */
export type DatabaseTemplate =
  | { readonly kind: 'pglite'; readonly dumpPath: string }
  | {
      readonly kind: 'postgres';
      readonly adminUrl: string;
      readonly template: string;
      readonly runId: string;
    };

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Builds the template once (PGlite: a dumped data dir; PostgreSQL: a template
 * database) and returns it with a teardown that removes everything it made.
 */
export async function prepareDatabaseTemplate(
  adminUrl: string | undefined,
): Promise<{ template: DatabaseTemplate; teardown: () => Promise<void> }> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  if (!adminUrl) {
    const pglite = await PGlite.create();
    const handle = fromPGlite(pglite);
    await migrateToLatest(handle.db);
    const dump = await pglite.dumpDataDir('none');
    await handle.close();
    const dir = join(tmpdir(), 'enox-test');
    await mkdir(dir, { recursive: true });
    const dumpPath = join(dir, `template-${runId}.tar`);
    await writeFile(dumpPath, new Uint8Array(await dump.arrayBuffer()));
    return {
      template: { kind: 'pglite', dumpPath },
      teardown: () => rm(dumpPath, { force: true }),
    };
  }

  const template = `enox_tpl_${runId}`;
  const admin = createPostgres(adminUrl, { poolSize: 2, connectionTimeoutMs: 5_000 });
  await sql`create database ${sql.id(template)}`.execute(admin.db);
  const templateDb = createPostgres(databaseUrlFor(adminUrl, template), {
    poolSize: 1,
    connectionTimeoutMs: 5_000,
  });
  try {
    await migrateToLatest(templateDb.db);
  } finally {
    await templateDb.close();
  }
  return {
    template: { kind: 'postgres', adminUrl, template, runId },
    teardown: async () => {
      const leftovers = await sql<{ datname: string }>`
        select datname from pg_database where datname like ${`enox_t_${runId}_%`} or datname = ${template}`.execute(
        admin.db,
      );
      for (const { datname } of leftovers.rows) {
        await sql`drop database if exists ${sql.id(datname)} with (force)`.execute(admin.db);
      }
      await admin.close();
    },
  };
}
