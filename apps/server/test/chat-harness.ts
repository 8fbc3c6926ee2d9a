import type { AppRouter, ChatEvent, Model } from '@enox/contracts';
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import type { TRPCClient } from '@trpc/client';
import { createHttpClient, createTestApp, type TestApp } from '../src/testing/index.js';

export interface ChatHarness {
  readonly t: TestApp;
  readonly sim: ProviderSim;
  readonly url: string;
  /** A new signed-in person with their own client. */
  signUp(name: string): Promise<{ api: TRPCClient<AppRouter>; userId: string }>;
  model(modelId: string): Model;
  close(): Promise<void>;
}

/** The real app on a real port, its offline provider backed by a simulator the test scripts. */
export async function startChatHarness(env: Record<string, string> = {}): Promise<ChatHarness> {
  const apiKey = 'sim-test-key';
  const sim = await startProviderSim({ apiKey });
  const t = await createTestApp(
    { ENOX_CHECKPOINT_INTERVAL_MS: '100', ...env },
    { simulator: { openaiBaseUrl: sim.openaiBaseUrl, geminiBaseUrl: sim.geminiBaseUrl, apiKey } },
  );
  const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  let models: Model[] = [];
  let count = 0;
  return {
    t,
    sim,
    url,
    async signUp(name) {
      const api = createHttpClient(url);
      const email = `${name.toLowerCase()}-${++count}@example.com`;
      const { user } = await api.auth.register.mutate({
        email,
        password: 'correct horse battery',
        name,
      });
      if (models.length === 0) models = await api.models.list.query();
      return { api, userId: user.id };
    },
    model(modelId) {
      const model = models.find((m) => m.modelId === modelId);
      if (!model) throw new Error(`no model ${modelId}`);
      return model;
    },
    async close() {
      await t.close();
      await sim.close();
    },
  };
}

export interface Collected {
  readonly ids: string[];
  readonly events: ChatEvent[];
}

/**
 * Subscribes to a run and collects events until the terminal one, or until
 * `stopAfter` says to leave early (the subscription is then closed).
 */
export function collectRun(
  api: TRPCClient<AppRouter>,
  runId: string,
  options: { lastEventId?: string; stopAfter?: (collected: Collected) => boolean } = {},
): Promise<Collected> {
  const collected: Collected = { ids: [], events: [] };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(
        new Error(
          `run ${runId} did not finish: ${JSON.stringify(collected.events.map((e) => e.type))}`,
        ),
      );
    }, 15_000);
    const finish = () => {
      clearTimeout(timer);
      subscription.unsubscribe();
      resolve(collected);
    };
    const subscription = api.chat.events.subscribe(
      { runId, ...(options.lastEventId ? { lastEventId: options.lastEventId } : {}) },
      {
        onData: ({ id, data }) => {
          collected.ids.push(id);
          collected.events.push(data);
          if (data.type === 'done' || data.type === 'error' || options.stopAfter?.(collected))
            finish();
        },
        onError: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      },
    );
  });
}

export const textOf = (events: readonly ChatEvent[]) =>
  events.map((e) => (e.type === 'chunk' ? e.text : '')).join('');
export const thinkingOf = (events: readonly ChatEvent[]) =>
  events.map((e) => (e.type === 'thinking_content' ? e.text : '')).join('');
