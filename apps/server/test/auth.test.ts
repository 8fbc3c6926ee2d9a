import type { AppRouter } from '@enox/contracts';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CookieJar,
  createInjectClient,
  createTestApp,
  type TestApp,
} from '../src/testing/index.js';

const password = 'correct horse battery';

function appCodeOf(error: unknown): unknown {
  return error instanceof TRPCClientError
    ? (error.data as { appCode?: string } | undefined)?.appCode
    : undefined;
}

async function expectError(promise: Promise<unknown>, code: string, appCode: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${appCode}`).toBeInstanceOf(TRPCClientError);
  expect((error as TRPCClientError<AppRouter>).data?.code).toBe(code);
  expect(appCodeOf(error)).toBe(appCode);
  return error as TRPCClientError<AppRouter>;
}

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      {},
      { throttlePolicy: { perAccount: 3, perIp: 50, windowMs: 60_000, lockMs: 60_000 } },
    );
  });
  afterAll(() => t.close());

  it('makes the first account an admin and later ones plain users', async () => {
    const first = createInjectClient(t.app);
    const { user: admin } = await first.auth.register.mutate({
      email: 'Ada@Example.com',
      password,
      name: 'Ada',
    });
    expect(admin).toMatchObject({ email: 'ada@example.com', role: 'admin', name: 'Ada' });

    const second = createInjectClient(t.app);
    const { user } = await second.auth.register.mutate({
      email: 'bob@example.com',
      password,
      name: 'Bob',
    });
    expect(user.role).toBe('user');
    expect(await second.auth.me.query()).toMatchObject({ id: user.id, role: 'user' });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const client = createInjectClient(t.app);
    await expectError(
      client.auth.register.mutate({ email: 'BOB@example.com', password, name: 'Bobby' }),
      'CONFLICT',
      'EMAIL_TAKEN',
    );
  });

  it('explains weak passwords and bad emails before touching the database', async () => {
    const client = createInjectClient(t.app);
    const error = await expectError(
      client.auth.register.mutate({ email: 'not-an-email', password: 'short', name: 'X' }),
      'BAD_REQUEST',
      'BAD_INPUT',
    );
    expect(error.message).toMatch(/email|characters/i);
  });

  it('logs in with the right password and refuses a wrong one with one message for both cases', async () => {
    const client = createInjectClient(t.app);
    const wrong = await expectError(
      client.auth.login.mutate({ email: 'ada@example.com', password: 'wrong password!' }),
      'UNAUTHORIZED',
      'INVALID_CREDENTIALS',
    );
    const unknown = await expectError(
      client.auth.login.mutate({ email: 'nobody@example.com', password }),
      'UNAUTHORIZED',
      'INVALID_CREDENTIALS',
    );
    expect(unknown.message).toBe(wrong.message);
    const { user } = await client.auth.login.mutate({ email: 'ada@example.com', password });
    expect(user.email).toBe('ada@example.com');
    expect(await client.auth.me.query()).toMatchObject({ email: 'ada@example.com' });
  });

  it('throttles repeated failures on one account, even with the right password afterwards', async () => {
    const client = createInjectClient(t.app);
    await client.auth.register.mutate({ email: 'carol@example.com', password, name: 'Carol' });
    for (let i = 0; i < 3; i++) {
      await expectError(
        client.auth.login.mutate({ email: 'carol@example.com', password: 'not the password' }),
        'UNAUTHORIZED',
        'INVALID_CREDENTIALS',
      );
    }
    const error = await expectError(
      client.auth.login.mutate({ email: 'carol@example.com', password }),
      'TOO_MANY_REQUESTS',
      'TOO_MANY_ATTEMPTS',
    );
    expect(error.message).toMatch(/try again/i);
    // Other accounts are not affected.
    await client.auth.login.mutate({ email: 'bob@example.com', password });
  });

  it('invalidates the session on logout: the old cookie no longer works', async () => {
    const jar = new CookieJar();
    const client = createInjectClient(t.app, { jar });
    await client.auth.login.mutate({ email: 'bob@example.com', password });
    const cookie = jar.cookie;
    expect(cookie).toMatch(/^enox_session=/);
    await client.auth.logout.mutate();
    expect(await client.auth.me.query()).toBeNull();

    const replayJar = new CookieJar();
    replayJar.cookie = cookie;
    const replay = createInjectClient(t.app, { jar: replayJar });
    expect(await replay.auth.me.query()).toBeNull();
    await expectError(replay.auth.logout.mutate(), 'UNAUTHORIZED', 'UNAUTHENTICATED');
  });

  it('applies a demotion on the very next request', async () => {
    const admin = createInjectClient(t.app);
    const { user: ada } = await admin.auth.login.mutate({ email: 'ada@example.com', password });
    const dana = createInjectClient(t.app);
    const { user: danaUser } = await dana.auth.register.mutate({
      email: 'dana@example.com',
      password,
      name: 'Dana',
    });

    await expectError(
      dana.admin.users.setRole.mutate({ userId: ada.id, role: 'user' }),
      'FORBIDDEN',
      'ADMIN_ONLY',
    );
    await admin.admin.users.setRole.mutate({ userId: danaUser.id, role: 'admin' });
    expect((await dana.auth.me.query())?.role).toBe('admin');

    await admin.admin.users.setRole.mutate({ userId: danaUser.id, role: 'user' });
    expect((await dana.auth.me.query())?.role).toBe('user');
    await expectError(
      dana.admin.users.setRole.mutate({ userId: danaUser.id, role: 'admin' }),
      'FORBIDDEN',
      'ADMIN_ONLY',
    );
  });

  it('never demotes the last admin', async () => {
    const admin = createInjectClient(t.app);
    const { user: ada } = await admin.auth.login.mutate({ email: 'ada@example.com', password });
    await expectError(
      admin.admin.users.setRole.mutate({ userId: ada.id, role: 'user' }),
      'PRECONDITION_FAILED',
      'LAST_ADMIN',
    );
    expect((await admin.auth.me.query())?.role).toBe('admin');
  });

  it('ends every session of a disabled account on its next request', async () => {
    const client = createInjectClient(t.app);
    const { user } = await client.auth.register.mutate({
      email: 'erin@example.com',
      password,
      name: 'Erin',
    });
    expect(await client.auth.me.query()).not.toBeNull();
    await t.database.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    expect(await client.auth.me.query()).toBeNull();
    await expectError(
      client.auth.login.mutate({ email: 'erin@example.com', password }),
      'FORBIDDEN',
      'ACCOUNT_DISABLED',
    );
  });

  it('stores only an argon2id hash of the password', async () => {
    const row = await t.database.db
      .selectFrom('user_passwords')
      .innerJoin('users', 'users.id', 'user_passwords.user_id')
      .select('hash')
      .where('users.email', '=', 'ada@example.com')
      .executeTakeFirstOrThrow();
    expect(row.hash).toMatch(/^\$argon2id\$/);
    expect(row.hash).not.toContain(password);
  });
});
