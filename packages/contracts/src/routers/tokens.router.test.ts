import { describe, expect, it } from 'vitest';
import type { Context, RequestMeta } from '../context.js';
import { appRouter } from '../router.js';
import type { User } from '../schemas/auth.js';
import type { Services, TokenService } from '../services.js';
import { createCallerFactory } from '../trpc.js';

const createCaller = createCallerFactory(appRouter);

const person: User = {
  id: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60',
  email: 'person@example.com',
  name: 'Person',
  avatarUrl: null,
  role: 'user',
  byokEnabled: false,
  pinnedModelIds: [],
  createdAt: new Date(0).toISOString(),
};

const token = {
  id: '6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f61',
  name: 'CI',
  prefix: 'enox_pat_AbCd',
  createdAt: new Date(0).toISOString(),
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
};

function callerAs(auth: RequestMeta['auth']) {
  const calls: string[] = [];
  const tokens: TokenService = {
    list: async () => (calls.push('list'), [token]),
    create: async (_user, input) => (calls.push(`create:${input.name}`), { ...token, token: 'x' }),
    revoke: async (_user, input) => (calls.push(`revoke:${input.id}`), token),
  };
  const ctx: Context = {
    user: auth ? person : null,
    services: { tokens } as unknown as Services,
    meta: {
      ip: '127.0.0.1',
      userAgent: null,
      auth,
      setSessionCookie: () => {},
      clearSessionCookie: () => {},
    },
  };
  return { caller: createCaller(ctx), calls };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return (
      (error as { appCode?: string; code?: string }).appCode ?? (error as { code?: string }).code
    );
  }
}

describe('tokens router', () => {
  it('mints tokens for a signed-in session only, so a token cannot mint its successors', async () => {
    const session = callerAs({ kind: 'session', sessionId: 's1' });
    expect(await codeOf(session.caller.tokens.create({ name: 'CI' }))).toBe('OK');

    const bearer = callerAs({ kind: 'token' });
    expect(await codeOf(bearer.caller.tokens.create({ name: 'offspring' }))).toBe(
      'SESSION_REQUIRED',
    );
    expect(bearer.calls).toEqual([]);
    expect(await bearer.caller.tokens.list()).toEqual([token]);
    expect(await codeOf(bearer.caller.tokens.revoke({ id: token.id }))).toBe('OK');
  });

  it('refuses signed-out callers and checks input before delegating', async () => {
    const anonymous = callerAs(null);
    expect(await codeOf(anonymous.caller.tokens.list())).toBe('UNAUTHENTICATED');
    const session = callerAs({ kind: 'session', sessionId: 's1' });
    const past = new Date(Date.now() - 1_000).toISOString();
    expect(await codeOf(session.caller.tokens.create({ name: ' ' }))).toBe('BAD_REQUEST');
    expect(await codeOf(session.caller.tokens.create({ name: 'x', expiresAt: past }))).toBe(
      'BAD_REQUEST',
    );
    expect(session.calls).toEqual([]);
  });
});
