import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../app.js';
import type { DatabaseHandle } from '../db/create-database.js';
import { loadConfig, type Config } from '../env.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  readonly config: Config;
  close(): Promise<void>;
}

/** The real app on an isolated database, with test-friendly configuration. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: Omit<BuildAppOptions, 'database'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    ENOX_DATA_DIR: '.enox-test',
    ENOX_SECRET: randomBytes(48).toString('base64'),
    ...env,
  });
  const app = await buildApp(config, { ...options, database });
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
