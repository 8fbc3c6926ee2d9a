import { createHash } from 'node:crypto';
import { createEnoxClient } from '@enox/client';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar, createHttpClient } from '../src/testing/index.js';
import { startChatHarness, type ChatHarness } from './chat-harness.js';

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { appCode?: string } | undefined;
    return data?.appCode ?? 'UNKNOWN';
  }
}

describe('personal access tokens', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.close());

  const listModels = (token: string) =>
    fetch(`${h.url}/v1/models`, { headers: { authorization: `Bearer ${token}` } });
  const tokenRow = (id: string) =>
    h.t.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('shows the token once, prefixed, and stores only its SHA-256', async () => {
    const { api, userId } = await h.signUp('Hasher');
    const created = await api.tokens.create.mutate({ name: 'CI' });

    expect(created.token).toMatch(/^enox_pat_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: 'CI', expiresAt: null, revokedAt: null });
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const row = await tokenRow(created.id);
    expect(row.user_id).toBe(userId);
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    const secretPart = created.token.slice(created.prefix.length);
    expect(JSON.stringify(row)).not.toContain(secretPart);

    const listed = await api.tokens.list.query();
    expect(listed).toEqual([
      {
        id: created.id,
        name: 'CI',
        prefix: created.prefix,
        createdAt: created.createdAt,
        lastUsedAt: null,
        expiresAt: null,
        revokedAt: null,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(secretPart);
  });

  it('authenticates the typed client on /trpc and OpenAI clients on /v1', async () => {
    const { api, userId } = await h.signUp('Integrator');
    const { token } = await api.tokens.create.mutate({ name: 'script' });

    const client = createEnoxClient({ url: h.url, token });
    expect(await client.auth.me.query()).toMatchObject({ id: userId });
    expect((await listModels(token)).status).toBe(200);
  });

  it('records last use at most once a minute', async () => {
    const { api } = await h.signUp('Toucher');
    const created = await api.tokens.create.mutate({ name: 'busy' });
    const client = createEnoxClient({ url: h.url, token: created.token });

    await client.auth.me.query();
    const first = (await tokenRow(created.id)).last_used_at;
    expect(first).toBeInstanceOf(Date);
    await client.auth.me.query();
    await listModels(created.token);
    expect((await tokenRow(created.id)).last_used_at).toEqual(first);
    const [listed] = await api.tokens.list.query();
    expect(listed?.lastUsedAt).toBe(first?.toISOString());
  });

  it('fails on the next request after it is revoked, on /trpc and /v1', async () => {
    const { api } = await h.signUp('Revoker');
    const created = await api.tokens.create.mutate({ name: 'leaked' });
    const client = createEnoxClient({ url: h.url, token: created.token });
    expect(await client.auth.me.query()).not.toBeNull();

    const revoked = await api.tokens.revoke.mutate({ id: created.id });
    expect(revoked.revokedAt).not.toBeNull();

    expect(await client.auth.me.query()).toBeNull();
    expect(await codeOf(client.tokens.list.query())).toBe('UNAUTHENTICATED');
    const refused = await listModels(created.token);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      error: { type: 'authentication_error', code: 'invalid_api_key' },
    });
    // Revoking again keeps the first time.
    expect(await api.tokens.revoke.mutate({ id: created.id })).toEqual(revoked);
  });

  it('fails once expired, and refuses an expiry in the past', async () => {
    const { api } = await h.signUp('Expirer');
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = await api.tokens.create.mutate({ name: 'temporary', expiresAt });
    expect(created.expiresAt).toBe(expiresAt);
    const client = createEnoxClient({ url: h.url, token: created.token });
    expect(await client.auth.me.query()).not.toBeNull();

    await h.t.database.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1_000) })
      .where('id', '=', created.id)
      .execute();
    expect(await client.auth.me.query()).toBeNull();
    expect((await listModels(created.token)).status).toBe(401);

    const past = new Date(Date.now() - 60_000).toISOString();
    expect(await codeOf(api.tokens.create.mutate({ name: 'late', expiresAt: past }))).toBe(
      'BAD_INPUT',
    );
  });

  it('stops working when the account is disabled', async () => {
    const { api, userId } = await h.signUp('Disabled');
    const { token } = await api.tokens.create.mutate({ name: 'bot' });
    const client = createEnoxClient({ url: h.url, token });
    expect(await client.auth.me.query()).not.toBeNull();
    await h.t.database.db
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', userId)
      .execute();
    expect(await client.auth.me.query()).toBeNull();
  });

  it('cannot mint more tokens, but can list and revoke', async () => {
    const { api } = await h.signUp('Minter');
    const created = await api.tokens.create.mutate({ name: 'automation' });
    const client = createEnoxClient({ url: h.url, token: created.token });

    expect(await codeOf(client.tokens.create.mutate({ name: 'offspring' }))).toBe(
      'SESSION_REQUIRED',
    );
    expect((await client.tokens.list.query()).map((t) => t.name)).toEqual(['automation']);
    await client.tokens.revoke.mutate({ id: created.id });
    expect(await client.auth.me.query()).toBeNull();
  });

  it("keeps people's tokens apart", async () => {
    const owner = await h.signUp('Owner');
    const other = await h.signUp('Other');
    const created = await owner.api.tokens.create.mutate({ name: 'mine' });
    expect(await codeOf(other.api.tokens.revoke.mutate({ id: created.id }))).toBe('NOT_FOUND');
    expect(await other.api.tokens.list.query()).toEqual([]);
    expect((await tokenRow(created.id)).revoked_at).toBeNull();
  });

  it('refuses a bad bearer token beside a valid session cookie, and cookies on /v1', async () => {
    const jar = new CookieJar();
    const api = createHttpClient(h.url, jar);
    await api.auth.register.mutate({
      email: 'cookie-and-bearer@example.com',
      password: 'correct horse battery',
      name: 'Cookie',
    });
    const { token } = await api.tokens.create.mutate({ name: 'real' });
    const me = (authorization: string) =>
      fetch(`${h.url}/trpc/auth.me`, { headers: { cookie: jar.cookie, authorization } })
        .then((r) => r.json() as Promise<{ result: { data: unknown } }>)
        .then((body) => body.result.data);

    expect(await me(`Bearer ${token}`)).toMatchObject({ name: 'Cookie' });
    expect(await me(`Bearer ${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await me('Bearer not-a-token')).toBeNull();
    // A session cookie is not an access token: /v1 answers token holders only.
    const v1 = await fetch(`${h.url}/v1/models`, { headers: { cookie: jar.cookie } });
    expect(v1.status).toBe(401);
  });
});
