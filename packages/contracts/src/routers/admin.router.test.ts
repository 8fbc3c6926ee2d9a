import { describe, expect, it } from 'vitest';
import type { Context, RequestMeta } from '../context.js';
import { appRouter } from '../router.js';
import type { User } from '../schemas/auth.js';
import type { Services } from '../services.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

function person(role: User['role']): User {
  return {
    id: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60',
    email: `${role}@example.com`,
    name: role,
    avatarUrl: null,
    role,
    byokEnabled: false,
    pinnedModelIds: [],
    createdAt: new Date(0).toISOString(),
  };
}

/** Admin services that record each call (area.method and the input) and answer `{}`. */
function recordingAdmin(calls: { path: string; input: unknown }[]): Services['admin'] {
  const area = (name: string) =>
    new Proxy(
      {},
      {
        get:
          (_target, method) =>
          async (...args: unknown[]) => {
            calls.push({ path: `${name}.${String(method)}`, input: args.at(-1) });
            return {};
          },
      },
    );
  return new Proxy({} as Services['admin'], {
    get: (_target, key) =>
      key === 'stats'
        ? async () => {
            calls.push({ path: 'stats', input: undefined });
            return {};
          }
        : area(String(key)),
  });
}

function callerFor(user: User | null) {
  const calls: { path: string; input: unknown }[] = [];
  const others = new Proxy({} as Services, {
    get: (_target, key) => {
      if (key === 'admin') return recordingAdmin(calls);
      throw new Error(`services.${String(key)} should not be reached`);
    },
  });
  const meta: RequestMeta = {
    ip: '127.0.0.1',
    userAgent: null,
    auth: user ? { kind: 'session', sessionId: 'sess' } : null,
    setSessionCookie: () => undefined,
    clearSessionCookie: () => undefined,
  };
  const ctx: Context = { user, services: others, meta };
  return { caller: createCaller(ctx), calls };
}

type Procedure = (input?: unknown) => Promise<unknown>;

/** The caller's procedure at a dotted path such as `admin.users.list`. */
function procedureAt(caller: unknown, path: string): Procedure {
  const found = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return found as Procedure;
}

const adminPaths = Object.keys(appRouter._def.procedures).filter((path) =>
  path.startsWith('admin.'),
);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return String((error as { code?: string }).code);
  }
}

const ids = {
  user: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f61',
  model: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f62',
  provider: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f63',
};

describe('admin procedures', () => {
  it('cover the whole admin surface of the spec', () => {
    expect(adminPaths.sort()).toEqual([
      'admin.audit.list',
      'admin.limits.list',
      'admin.limits.remove',
      'admin.limits.set',
      'admin.models.create',
      'admin.models.delete',
      'admin.models.list',
      'admin.models.setActive',
      'admin.models.update',
      'admin.providers.create',
      'admin.providers.delete',
      'admin.providers.list',
      'admin.providers.rotateKey',
      'admin.providers.testKey',
      'admin.providers.update',
      'admin.settings.get',
      'admin.settings.set',
      'admin.stats',
      'admin.usage.logs',
      'admin.usage.timeseries',
      'admin.users.create',
      'admin.users.disable',
      'admin.users.enable',
      'admin.users.list',
      'admin.users.setRole',
    ]);
  });

  it.each(adminPaths)(
    '%s refuses a non-admin with FORBIDDEN before reading the input',
    async (path) => {
      const { caller, calls } = callerFor(person('user'));
      // Malformed input on purpose: a non-admin must not learn what would be valid.
      expect(await codeOf(procedureAt(caller, path)({ nonsense: true }))).toBe('FORBIDDEN');
      expect(calls).toEqual([]);
    },
  );

  it.each(adminPaths)('%s refuses a signed-out caller with UNAUTHORIZED', async (path) => {
    const { caller, calls } = callerFor(null);
    expect(await codeOf(procedureAt(caller, path)({}))).toBe('UNAUTHORIZED');
    expect(calls).toEqual([]);
  });

  it('hands an admin’s edit to the service without a key, so the stored key is kept', async () => {
    const { caller, calls } = callerFor(person('admin'));
    await caller.admin.providers.update({ id: ids.provider, name: ' Team OpenAI ' });
    expect(calls).toEqual([
      { path: 'providers.update', input: { id: ids.provider, name: 'Team OpenAI' } },
    ]);
  });

  it('fills model defaults and trims names before the service sees them', async () => {
    const { caller, calls } = callerFor(person('admin'));
    await caller.admin.models.create({
      providerId: ids.provider,
      modelId: ' gpt-5-mini ',
      name: 'GPT-5 mini',
      type: 'text',
    });
    expect(calls[0]?.input).toEqual({
      providerId: ids.provider,
      modelId: 'gpt-5-mini',
      name: 'GPT-5 mini',
      type: 'text',
      monthlyLimit: null,
      maxTokens: null,
      capabilities: { thinking: false, tools: false, vision: false },
      active: true,
    });
  });

  it('normalises sign-up domains and refuses an empty list', async () => {
    const { caller, calls } = callerFor(person('admin'));
    await caller.admin.settings.set({
      signup: { mode: 'domains', domains: ['@Example.com', 'team.example.org'] },
    });
    expect(calls[0]?.input).toEqual({
      signup: { mode: 'domains', domains: ['example.com', 'team.example.org'] },
    });
    expect(
      await codeOf(caller.admin.settings.set({ signup: { mode: 'domains', domains: [] } })),
    ).toBe('BAD_REQUEST');
  });

  it('refuses a usage range that ends before it starts', async () => {
    const { caller, calls } = callerFor(person('admin'));
    expect(await codeOf(caller.admin.usage.logs({ from: '2026-03-10', to: '2026-03-01' }))).toBe(
      'BAD_REQUEST',
    );
    expect(calls).toEqual([]);
  });

  it('asks for a provider kind when testing a key that is not saved yet', async () => {
    const { caller } = callerFor(person('admin'));
    const error = await caller.admin.providers
      .testKey({ apiKey: 'sk-test-1234567890' })
      .catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('BAD_REQUEST');
    expect(await codeOf(caller.admin.providers.testKey({ id: ids.provider }))).toBe('OK');
  });

  it('refuses a negative per-user limit with a readable message', async () => {
    const { caller } = callerFor(person('admin'));
    const error = await caller.admin.limits
      .set({ userId: ids.user, modelId: ids.model, monthlyLimit: -1 })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('Use 0 or more.');
  });
});
