import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseBackend = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL URL; without one, the embedded PGlite is used. */
  readonly url?: string | undefined;
  /** Where PGlite keeps its files. */
  readonly dataDir: string;
  readonly poolSize: number;
  readonly connectionTimeoutMs: number;
}

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly backend: DatabaseBackend;
  close(): Promise<void>;
}

/** PGlite in `dataDir` by default, a `pg` pool when a URL is given. */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) return createPostgres(options.url, options);
  await mkdir(options.dataDir, { recursive: true });
  return fromPGlite(await PGlite.create(options.dataDir));
}

export function createPostgres(
  url: string,
  options: Pick<DatabaseOptions, 'poolSize' | 'connectionTimeoutMs'>,
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectionTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // Kysely's destroy() ends the pool it was given.
  return { db, backend: 'postgres', close: () => db.destroy() };
}

export function fromPGlite(pglite: PGlite): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    backend: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
