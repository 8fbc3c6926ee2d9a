import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import OpenAI from 'openai';
import { buildApp } from '../src/app.js';
import type { DatabaseBackend } from '../src/db/create-database.js';
import { loadConfig, type Config } from '../src/env.js';
import { CookieJar } from '../src/testing/inject-client.js';
import { createHttpClient } from '../src/testing/http-client.js';
import { openCountedDatabase, type StatementCounter } from './counted-database.js';
import { BENCH_MODEL, openDirectStream } from './direct-stream.js';
import { openStackStream } from './stack-stream.js';
import type { OpenStream } from './stream-timing.js';

export type Side = 'stack' | 'direct';

export interface BenchStack {
  readonly sim: ProviderSim;
  readonly config: Config;
  readonly backend: DatabaseBackend;
  readonly statements: StatementCounter;
  /** One stream of the given side, requested now. */
  open(side: Side): OpenStream;
  close(): Promise<void>;
}

/**
 * The real app on a loopback port, its offline provider pointed at a simulator that the
 * bench scripts, one signed-in person, and an `openai` client on the same simulator.
 */
export async function startBenchStack(
  databaseServerUrl: string | undefined,
  timeoutMs: number,
): Promise<BenchStack> {
  const workDir = await mkdtemp(join(tmpdir(), 'enox-bench-'));
  const apiKey = `sim-bench-${randomBytes(8).toString('hex')}`;
  const sim = await startProviderSim({ apiKey });
  const database = await openCountedDatabase(databaseServerUrl, join(workDir, 'pglite'));
  // Production settings, quiet logs (the table goes to stdout), the default checkpoint
  // interval; a monthly quota the bench's few hundred answers cannot use up.
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    ENOX_DEFAULT_MONTHLY_LIMIT: '1000000',
    ENOX_DATA_DIR: workDir,
    ENOX_SECRET: randomBytes(48).toString('base64'),
  });
  const app = await buildApp(config, {
    database: database.handle,
    simulator: { openaiBaseUrl: sim.openaiBaseUrl, geminiBaseUrl: sim.geminiBaseUrl, apiKey },
    spa: { webDir: workDir, adminDir: workDir },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });

  const jar = new CookieJar();
  const api = createHttpClient(url, jar);
  await api.auth.register.mutate({
    email: 'bench@example.com',
    password: 'correct horse battery',
    name: 'Bench',
  });
  const model = (await api.models.list.query()).find((m) => m.modelId === BENCH_MODEL);
  if (!model) throw new Error(`the simulated provider has no ${BENCH_MODEL}`);
  const openai = new OpenAI({ baseURL: sim.openaiBaseUrl, apiKey, maxRetries: 0 });

  return {
    sim,
    config,
    backend: database.handle.backend,
    statements: database.statements,
    open: (side) =>
      side === 'direct'
        ? openDirectStream(openai, timeoutMs)
        : openStackStream(createHttpClient(url, jar), model.id, timeoutMs),
    async close() {
      await app.close();
      await database.handle.close();
      await sim.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
