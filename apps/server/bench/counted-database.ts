import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { createPostgres, type DatabaseHandle } from '../src/db/create-database.js';
import type { Database } from '../src/db/schema.js';
import { databaseUrlFor } from '../src/testing/database-template.js';

/** Statements Kysely sent to the database, by their first keyword (`select`, `begin`, …). */
export class StatementCounter {
  readonly #byKind = new Map<string, number>();
  #lastAt = performance.now();

  record(event: LogEvent): void {
    this.#lastAt = performance.now();
    const kind = /^\s*(\w+)/.exec(event.query.sql)?.[1]?.toLowerCase() ?? 'other';
    this.#byKind.set(kind, (this.#byKind.get(kind) ?? 0) + 1);
  }

  reset(): void {
    this.#byKind.clear();
  }

  /** Resolves once no statement has completed for `quietMs`: writes that follow a run have landed. */
  async quiet(quietMs = 300, timeoutMs = 15_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() - this.#lastAt < quietMs) {
      if (performance.now() > deadline) throw new Error('the database never went quiet');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  snapshot(): { total: number; byKind: [string, number][] } {
    const byKind = [...this.#byKind].sort((a, b) => b[1] - a[1]);
    return { total: byKind.reduce((sum, [, n]) => sum + n, 0), byKind };
  }
}

export interface CountedDatabase {
  readonly handle: DatabaseHandle;
  readonly statements: StatementCounter;
}

const POOL_SIZE = 10; // the app's default DATABASE_POOL_SIZE

/**
 * The app's database, built here so its Kysely logs every statement to a counter:
 * PGlite in `dataDir`, or a throwaway database on the given PostgreSQL server
 * (dropped on close). On PostgreSQL `log` sees `begin` and `commit` as statements; PGlite
 * runs a transaction through `pglite.transaction()`, which Kysely does not log.
 */
export async function openCountedDatabase(
  serverUrl: string | undefined,
  dataDir: string,
): Promise<CountedDatabase> {
  const statements = new StatementCounter();
  const log = (event: LogEvent) => statements.record(event);
  if (!serverUrl) {
    const pglite = await PGlite.create(dataDir);
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), log });
    const close = async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    };
    return { handle: { db, backend: 'pglite', close }, statements };
  }

  const name = `enox_bench_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (admin) => sql`create database ${sql.id(name)}`.execute(admin));
  const pool = new pg.Pool({ connectionString: databaseUrlFor(serverUrl, name), max: POOL_SIZE });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  const close = async () => {
    await db.destroy();
    await onServer(serverUrl, (admin) =>
      sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin),
    );
  };
  return { handle: { db, backend: 'postgres', close }, statements };
}

async function onServer(url: string, run: (db: Kysely<Database>) => Promise<unknown>) {
  const admin = createPostgres(url, { poolSize: 1, connectionTimeoutMs: 5_000 });
  try {
    await run(admin.db);
  } finally {
    await admin.close();
  }
}
