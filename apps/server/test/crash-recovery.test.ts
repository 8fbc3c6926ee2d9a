import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../src/crypto/secret-box.js';
import { createDatabase, createPostgres } from '../src/db/create-database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { providerKeyContext } from '../src/providers/provider-access.js';
import { databaseUrlFor } from '../src/testing/database-template.js';
import { createHttpClient } from '../src/testing/index.js';
import { collectRun, textOf } from './chat-harness.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const ANSWER = Array.from({ length: 60 }, (_, i) => `token${i}`).join(' ');
const SIM_KEY = 'sim-crash-key';

/** The built server as a separate process, so it can really be killed. */
function startServerProcess(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Enox is running at (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('an answer cut off by a crash', () => {
  let sim: ProviderSim;
  let dataDir: string;
  let env: Record<string, string>;
  let dropDatabase: (() => Promise<void>) | undefined;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`build the server first (${MAIN} is missing)`);
    sim = await startProviderSim({ apiKey: SIM_KEY });
    dataDir = await mkdtemp(join(tmpdir(), 'enox-crash-'));
    const secret = randomBytes(48).toString('base64');
    env = {
      ENOX_SECRET: secret,
      ENOX_DATA_DIR: dataDir,
      ENOX_CHECKPOINT_INTERVAL_MS: '100',
      LOG_LEVEL: 'info',
    };

    const adminUrl = process.env.TEST_DATABASE_URL;
    let databaseUrl: string | undefined;
    if (adminUrl) {
      const name = `enox_crash_${randomBytes(4).toString('hex')}`;
      const admin = createPostgres(adminUrl, { poolSize: 1, connectionTimeoutMs: 5_000 });
      await sql`create database ${sql.id(name)}`.execute(admin.db);
      await admin.close();
      databaseUrl = databaseUrlFor(adminUrl, name);
      env.DATABASE_URL = databaseUrl;
      dropDatabase = async () => {
        const dropper = createPostgres(adminUrl, { poolSize: 1, connectionTimeoutMs: 5_000 });
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(dropper.db);
        await dropper.close();
      };
    }
    // Register the test's simulator as the provider before the server first starts.
    const handle = await createDatabase({
      url: databaseUrl,
      dataDir: join(dataDir, 'pglite'),
      poolSize: 2,
      connectionTimeoutMs: 5_000,
    });
    await migrateToLatest(handle.db);
    const providerId = randomUUID();
    await handle.db
      .insertInto('providers')
      .values({
        id: providerId,
        kind: 'openai-compatible',
        name: 'Crash test simulator',
        preset: 'openai',
        base_url: sim.openaiBaseUrl,
        api_key_encrypted: new SecretBox(secret).seal(SIM_KEY, providerKeyContext(providerId)),
        api_key_last4: SIM_KEY.slice(-4),
      })
      .execute();
    await handle.db
      .insertInto('models')
      .values({
        provider_id: providerId,
        model_id: 'sim-chat',
        display_name: 'Sim',
        type: 'text',
        capabilities: '{}',
      })
      .execute();
    await handle.close();
  }, 60_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await sim?.close();
    await dropDatabase?.();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the checkpointed text, marked interrupted, after SIGKILL and restart', async () => {
    const first = await startServerProcess(env);
    children.push(first.child);
    const api = createHttpClient(first.url);
    await api.auth.register.mutate({
      email: 'crash@example.com',
      password: 'correct horse battery',
      name: 'Crash',
    });
    const [model] = await api.models.list.query();
    if (!model) throw new Error('no model');

    sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: ANSWER, tokensPerSecond: 20 },
    });
    const sent = await api.chat.send.mutate({ modelId: model.id, message: 'Keep talking' });
    const seen = await collectRun(api, sent.runId, {
      stopAfter: (c) => c.events.filter((e) => e.type === 'chunk').length >= 10,
    });
    // Past at least one checkpoint interval, then no chance to save anything more.
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startServerProcess(env);
    children.push(second.child);
    const again = createHttpClient(second.url);
    await again.auth.login.mutate({
      email: 'crash@example.com',
      password: 'correct horse battery',
    });
    const answer = (await again.chat.messages.query({ chatId: sent.chatId })).items[1];
    expect(answer?.status).toBe('interrupted');
    expect(answer?.content.length).toBeGreaterThanOrEqual(textOf(seen.events).length);
    expect(ANSWER.startsWith(answer?.content ?? '-')).toBe(true);
    expect(answer?.content).not.toBe(ANSWER);

    // A later subscriber gets the saved answer from the database, not a hang.
    const replay = await collectRun(again, sent.runId);
    expect(replay.events.at(-1)).toMatchObject({ type: 'done', status: 'stopped' });
    expect(textOf(replay.events)).toBe(answer?.content);
    second.child.kill('SIGTERM');
  }, 90_000);
});
