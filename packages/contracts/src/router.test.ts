import { describe, expect, it } from 'vitest';
import type { Context, RequestMeta } from './context.js';
import { AppError } from './errors.js';
import { appRouter } from './router.js';
import type { User } from './schemas/auth.js';
import type { Services } from './services.js';
import { createCallerFactory } from './trpc.js';

const createCaller = createCallerFactory(appRouter);

function user(role: User['role']): User {
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

/** A service these tests never reach; calling it fails the test. */
function unreachable<T extends object>(name: string, real: Partial<T> = {}): T {
  return new Proxy(real as T, {
    get: (target, method) =>
      method in target
        ? target[method as keyof T]
        : () => {
            throw new Error(`${name}.${String(method)} should not be called`);
          },
  });
}

function fakeContext(caller: User | null) {
  const calls: string[] = [];
  const cookies: string[] = [];
  const services: Services = {
    auth: {
      register: async (input) => {
        calls.push(`register:${input.email}`);
        return { user: user('user'), session: { id: 's1', expiresAt: new Date(1) } };
      },
      login: async () => {
        throw new AppError('INVALID_CREDENTIALS');
      },
      logout: async (sessionId) => {
        calls.push(`logout:${sessionId}`);
      },
    },
    admin: unreachable<Services['admin']>('admin', {
      users: unreachable<Services['admin']['users']>('admin.users', {
        setRole: async (_actor, input) => {
          calls.push(`setRole:${input.role}`);
          return { ...user('user'), role: input.role, disabledAt: null };
        },
      }),
    }),
    chat: unreachable('chat'),
    models: unreachable('models'),
    users: unreachable('users'),
    keys: unreachable('keys'),
    usage: unreachable('usage'),
    agents: unreachable('agents'),
    generate: unreachable('generate'),
    tokens: unreachable('tokens'),
  };
  const meta: RequestMeta = {
    ip: '127.0.0.1',
    userAgent: null,
    auth: caller ? { kind: 'session', sessionId: 'sess' } : null,
    setSessionCookie: (session) => cookies.push(`set:${session.id}`),
    clearSessionCookie: () => cookies.push('clear'),
  };
  const ctx: Context = { user: caller, services, meta };
  return { ctx, calls, cookies };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const setRoleInput = { userId: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f61', role: 'admin' } as const;

describe('procedure tiers', () => {
  it('lets anyone call public procedures', async () => {
    const { ctx, calls, cookies } = fakeContext(null);
    const caller = createCaller(ctx);
    expect(await caller.auth.me()).toBeNull();
    await caller.auth.register({
      email: 'New@Example.com',
      password: 'a long passphrase',
      name: 'New',
    });
    expect(calls).toEqual(['register:new@example.com']);
    expect(cookies).toEqual(['set:s1']);
  });

  it('rejects a signed-out caller on authed procedures with UNAUTHORIZED, before any service runs', async () => {
    const { ctx, calls } = fakeContext(null);
    const caller = createCaller(ctx);
    expect(await codeOf(caller.auth.logout())).toBe('UNAUTHORIZED');
    expect(await codeOf(caller.admin.users.setRole(setRoleInput))).toBe('UNAUTHORIZED');
    expect(calls).toEqual([]);
  });

  it('rejects a signed-in non-admin on admin procedures with FORBIDDEN', async () => {
    const { ctx, calls } = fakeContext(user('user'));
    const caller = createCaller(ctx);
    expect(await codeOf(caller.admin.users.setRole(setRoleInput))).toBe('FORBIDDEN');
    expect(calls).toEqual([]);
    expect(await codeOf(caller.auth.logout())).toBe('OK');
  });

  it('admits an admin to admin procedures', async () => {
    const { ctx, calls } = fakeContext(user('admin'));
    const caller = createCaller(ctx);
    expect(await caller.admin.users.setRole(setRoleInput)).toMatchObject({ role: 'admin' });
    expect(calls).toEqual(['setRole:admin']);
  });

  it('validates input before delegating, with a human message', async () => {
    const { ctx, calls } = fakeContext(user('admin'));
    const caller = createCaller(ctx);
    const error = await caller.admin.users
      .setRole({ userId: 'nope', role: 'admin' })
      .catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe('BAD_REQUEST');
    expect(calls).toEqual([]);
  });

  it('passes registry errors through with their code', async () => {
    const { ctx } = fakeContext(null);
    const caller = createCaller(ctx);
    expect(await codeOf(caller.auth.login({ email: 'a@b.co', password: 'x' }))).toBe(
      'UNAUTHORIZED',
    );
  });
});
