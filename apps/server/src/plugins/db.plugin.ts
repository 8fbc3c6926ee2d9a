import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import {
  createDatabase,
  type DatabaseBackend,
  type DatabaseHandle,
} from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import type { Config } from '../env.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbBackend: DatabaseBackend;
  }
}

export interface DbPluginOptions {
  readonly config: Config;
  /** A database handle made elsewhere (tests); the plugin then does not own it. */
  readonly database?: DatabaseHandle;
}

/** Opens the database, migrates it to the latest schema, closes it with the app. */
export const dbPlugin = fp<DbPluginOptions>(
  async (app, { config, database }) => {
    const handle = database ?? (await createDatabase(config.database));
    const applied = await migrateToLatest(handle.db);
    if (applied.length > 0) app.log.info({ applied }, 'database migrated');
    app.decorate('db', handle.db);
    app.decorate('dbBackend', handle.backend);
    if (!database) app.addHook('onClose', () => handle.close());
  },
  { name: 'enox-db' },
);
