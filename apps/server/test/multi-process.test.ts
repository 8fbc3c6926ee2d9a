import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { DatabaseHandle } from '../src/db/create-database.js';
import { loadConfig } from '../src/env.js';
import { CookieJar, createHttpClient, createTestDatabase } from '../src/testing/index.js';
import { collectRun, textOf } from './chat-harness.js';

const REDIS_URL = process.env.REDIS_URL;

/** Words w1 … wN: easy to count, impossible to confuse. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1} `).join('');

// Two app instances on one database with their own run registries and Redis
// connections: everything a second server process has, but the address space.
describe.skipIf(!REDIS_URL)('several server processes behind one Redis', () => {
  const apiKey = 'sim-multi-key';
  let sim: ProviderSim;
  let database: DatabaseHandle;
  let apps: FastifyInstance[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    sim = await startProviderSim({ apiKey });
    database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      ENOX_DATA_DIR: '.enox-test',
      ENOX_SECRET: randomBytes(48).toString('base64'),
      ENOX_CHECKPOINT_INTERVAL_MS: '100',
      REDIS_URL: REDIS_URL ?? '',
    });
    const simulator = {
      openaiBaseUrl: sim.openaiBaseUrl,
      geminiBaseUrl: sim.geminiBaseUrl,
      apiKey,
    };
    // One after the other, as servers start: the first seeds the providers.
    for (let i = 0; i < 2; i++) apps.push(await buildApp(config, { database, simulator }));
    urls = await Promise.all(apps.map((app) => app.listen({ port: 0, host: '127.0.0.1' })));
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await database?.close();
    await sim?.close();
    apps = [];
  });
  beforeEach(() => sim.reset());

  /** One person, signed in once, with a client on each process. */
  async function person() {
    const jar = new CookieJar();
    const [a, b] = urls.map((url) => createHttpClient(url, jar));
    if (!a || !b) throw new Error('two processes expected');
    await a.auth.register.mutate({
      name: 'Ada',
      email: `ada-${randomBytes(4).toString('hex')}@example.com`,
      password: 'correct horse battery',
    });
    const models = await a.models.list.query();
    const model = models.find((m) => m.modelId === 'sim-chat');
    if (!model) throw new Error('no sim-chat');
    return { a, b, modelId: model.id };
  }

  it('follows from the other process a run executing on one, and resumes where it left off', async () => {
    const { a, b, modelId } = await person();
    sim.script({ behaviour: { kind: 'reply', text: words(60), tokensPerSecond: 300 } });
    const sent = await a.chat.send.mutate({ modelId, message: 'count' });
    // Leave process B midway, resume on process A from the last id seen.
    const first = await collectRun(b, sent.runId, { stopAfter: (c) => c.events.length >= 10 });
    const rest = await collectRun(a, sent.runId, { lastEventId: first.ids.at(-1) });
    expect(textOf([...first.events, ...rest.events])).toBe(words(60));
    const ids = [...first.ids, ...rest.ids].map(Number);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(rest.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
  });

  it('stops from one process a run executing on the other', async () => {
    const { a, b, modelId } = await person();
    sim.script({ behaviour: { kind: 'reply', text: words(400), tokensPerSecond: 20 } });
    const sent = await a.chat.send.mutate({ modelId, message: 'a long one' });
    const started = await collectRun(b, sent.runId, { stopAfter: (c) => c.events.length >= 2 });
    expect(started.events.length).toBeGreaterThanOrEqual(2);
    expect(await b.chat.stop.mutate({ runId: sent.runId })).toEqual({ stopped: true });
    const end = await collectRun(b, sent.runId);
    expect(end.events.at(-1)).toMatchObject({ type: 'done', status: 'stopped' });
    await sim.waitForIdle(5000);
    expect(sim.requests.at(-1)?.state).toBe('closed-by-client');
  });

  it('deleting a chat on one process stops its run on the other', async () => {
    const { a, b, modelId } = await person();
    sim.script({ behaviour: { kind: 'reply', text: words(400), tokensPerSecond: 20 } });
    const sent = await a.chat.send.mutate({ modelId, message: 'a long one' });
    await collectRun(a, sent.runId, { stopAfter: (c) => c.events.length >= 2 });
    await b.chat.delete.mutate({ chatId: sent.chatId });
    await sim.waitForIdle(5000);
    expect(sim.requests.at(-1)?.state).toBe('closed-by-client');
    expect((await a.chat.list.query({})).items).toEqual([]);
  });
});

it('refuses to start when REDIS_URL points nowhere, and says which setting is wrong', async () => {
  const database = await createTestDatabase();
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      ENOX_DATA_DIR: '.enox-test',
      ENOX_SECRET: randomBytes(48).toString('base64'),
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    await expect(buildApp(config, { database })).rejects.toThrow(
      /REDIS_URL is set but Redis cannot be reached/,
    );
  } finally {
    await database.close();
  }
});
