import type { AdminModel, AppRouter, User } from '@enox/contracts';
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { expect } from 'vitest';
import type { KeySource } from '../src/db/schema.js';
import {
  CookieJar,
  createInjectClient,
  createTestApp,
  type TestApp,
} from '../src/testing/index.js';

export const password = 'correct horse battery';
export const SIM_KEY = 'sk-sim-admin-harness-key-7a1c';

type Api = TRPCClient<AppRouter>;

export interface Person {
  readonly api: Api;
  readonly user: User;
  readonly jar: CookieJar;
}

export interface AdminHarness {
  readonly t: TestApp;
  readonly sim: ProviderSim;
  /** The first account: the administrator. */
  readonly admin: Person;
  signUp(name: string): Promise<Person>;
  /** An account the admin creates (works on a closed server), signed in on its own client. */
  addPerson(name: string): Promise<Person>;
  /** One of the seeded offline models, by the simulator's model id. */
  seededModel(modelId: string): Promise<AdminModel>;
  insertUsageEvent(event: UsageEventFixture): Promise<void>;
  close(): Promise<void>;
}

export interface UsageEventFixture {
  readonly userId: string;
  readonly modelId: string;
  readonly at: string;
  readonly keySource?: KeySource;
  readonly status?: string;
  readonly source?: string;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
}

/** A unique address made from any display name ("=Carol" included). */
function emailFor(name: string, n: number): string {
  const local = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return `${local || 'person'}-${n}@example.com`;
}

/** The real app on its own database, the offline provider backed by a simulator we hold. */
export async function startAdminHarness(env: Record<string, string> = {}): Promise<AdminHarness> {
  const sim = await startProviderSim({ apiKey: SIM_KEY });
  const t = await createTestApp(env, {
    simulator: {
      openaiBaseUrl: sim.openaiBaseUrl,
      geminiBaseUrl: sim.geminiBaseUrl,
      apiKey: SIM_KEY,
    },
  });
  let count = 0;
  const signUp = async (name: string): Promise<Person> => {
    const jar = new CookieJar();
    const api = createInjectClient(t.app, { jar });
    const email = emailFor(name, ++count);
    const { user } = await api.auth.register.mutate({ email, password, name });
    return { api, user, jar };
  };
  const admin = await signUp('Ada Admin');
  const addPerson = async (name: string): Promise<Person> => {
    const email = emailFor(name, ++count);
    await admin.api.admin.users.create.mutate({ email, name, password });
    const jar = new CookieJar();
    const api = createInjectClient(t.app, { jar });
    const { user } = await api.auth.login.mutate({ email, password });
    return { api, user, jar };
  };
  return {
    t,
    sim,
    admin,
    signUp,
    addPerson,
    async seededModel(modelId) {
      const models = await admin.api.admin.models.list.query();
      const model = models.find((m) => m.modelId === modelId);
      if (!model) throw new Error(`no seeded model ${modelId}`);
      return model;
    },
    async insertUsageEvent(event) {
      await t.database.db
        .insertInto('usage_events')
        .values({
          user_id: event.userId,
          model_id: event.modelId,
          source: event.source ?? 'chat',
          key_source: event.keySource ?? 'platform',
          status: event.status ?? 'complete',
          input_tokens: event.inputTokens ?? 10,
          output_tokens: event.outputTokens ?? 20,
          created_at: event.at,
        })
        .execute();
    },
    async close() {
      await t.close();
      await sim.close();
    },
  };
}

/** The server's `data.appCode` of a failed call. */
export async function appCodeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(TRPCClientError);
  return String((error as TRPCClientError<AppRouter>).data?.appCode);
}

/** The failed call's error, for its message and details. */
export async function failureOf(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

export async function auditActions(t: TestApp): Promise<string[]> {
  const rows = await t.database.db.selectFrom('audit_log').select('action').orderBy('id').execute();
  return rows.map((row) => row.action);
}
