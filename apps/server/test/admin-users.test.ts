import { createInjectClient } from '../src/testing/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appCodeOf,
  failureOf,
  password,
  startAdminHarness,
  type AdminHarness,
} from './admin-harness.js';

describe('admin.users', () => {
  let h: AdminHarness;
  beforeAll(async () => {
    h = await startAdminHarness({ ENOX_SIGNUP: 'closed' });
  });
  afterAll(() => h.close());

  it('creates accounts on a closed server, which can then sign in', async () => {
    const visitor = createInjectClient(h.t.app);
    expect(
      await appCodeOf(
        visitor.auth.register.mutate({ email: 'walk-in@example.com', password, name: 'Walk In' }),
      ),
    ).toBe('SIGNUP_CLOSED');

    const created = await h.admin.api.admin.users.create.mutate({
      email: 'Dana@Example.com',
      name: 'Dana',
      password,
    });
    expect(created).toMatchObject({ email: 'dana@example.com', role: 'user', disabledAt: null });
    const { user } = await visitor.auth.login.mutate({ email: 'dana@example.com', password });
    expect(user.id).toBe(created.id);
    expect(
      await appCodeOf(
        h.admin.api.admin.users.create.mutate({ email: 'dana@example.com', name: 'D', password }),
      ),
    ).toBe('EMAIL_TAKEN');
  });

  it('searches by part of a name or an email, in pages, newest first', async () => {
    for (const name of ['Search Alpha', 'Search Beta', 'Search Gamma']) {
      await h.admin.api.admin.users.create.mutate({
        email: `${name.split(' ')[1]?.toLowerCase()}@searchable.test`,
        name,
        password,
      });
    }
    const first = await h.admin.api.admin.users.list.query({ search: 'searchABLE', limit: 2 });
    expect(first.items.map((u) => u.name)).toEqual(['Search Gamma', 'Search Beta']);
    expect(first.nextCursor).not.toBeNull();
    const second = await h.admin.api.admin.users.list.query({
      search: 'searchable',
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second).toEqual({
      items: [expect.objectContaining({ name: 'Search Alpha' })],
      nextCursor: null,
    });
    expect((await h.admin.api.admin.users.list.query({ search: 'beta' })).items).toHaveLength(1);
    // Wildcards typed in the search box are plain characters.
    expect((await h.admin.api.admin.users.list.query({ search: '%' })).items).toEqual([]);
    const admins = await h.admin.api.admin.users.list.query({ role: 'admin' });
    expect(admins.items.map((u) => u.id)).toEqual([h.admin.user.id]);
  });

  it('promotes and demotes, but never demotes the last admin', async () => {
    const bob = await h.admin.api.admin.users.create.mutate({
      email: 'bob@example.com',
      name: 'Bob',
      password,
    });
    expect(
      await appCodeOf(
        h.admin.api.admin.users.setRole.mutate({ userId: h.admin.user.id, role: 'user' }),
      ),
    ).toBe('LAST_ADMIN');
    const promoted = await h.admin.api.admin.users.setRole.mutate({
      userId: bob.id,
      role: 'admin',
    });
    expect(promoted.role).toBe('admin');
    await h.admin.api.admin.users.setRole.mutate({ userId: bob.id, role: 'user' });

    const { items } = await h.admin.api.admin.audit.list.query({ targetType: 'user' });
    expect(items.filter((e) => e.targetId === bob.id).map((e) => [e.action, e.after])).toEqual([
      ['user.role', { email: 'bob@example.com', role: 'user' }],
      ['user.role', { email: 'bob@example.com', role: 'admin' }],
      ['user.create', { email: 'bob@example.com', name: 'Bob', role: 'user' }],
    ]);
  });

  it('disables an account: its sessions end at once and it cannot sign in again until enabled', async () => {
    const erin = await h.addPerson('Erin');
    expect(await erin.api.auth.me.query()).toMatchObject({ id: erin.user.id });

    const disabled = await h.admin.api.admin.users.disable.mutate({ userId: erin.user.id });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await erin.api.auth.me.query()).toBeNull();
    const sessions = await h.t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', erin.user.id)
      .execute();
    expect(sessions).toEqual([]);
    const again = createInjectClient(h.t.app);
    expect(await appCodeOf(again.auth.login.mutate({ email: erin.user.email, password }))).toBe(
      'ACCOUNT_DISABLED',
    );

    const enabled = await h.admin.api.admin.users.enable.mutate({ userId: erin.user.id });
    expect(enabled.disabledAt).toBeNull();
    await again.auth.login.mutate({ email: erin.user.email, password });
    const actions = (await h.admin.api.admin.audit.list.query({ targetType: 'user' })).items
      .filter((e) => e.targetId === erin.user.id)
      .map((e) => e.action);
    expect(actions).toEqual(['user.enable', 'user.disable', 'user.create']);
  });

  it('stops a disabled person’s access tokens on their next call', async () => {
    const hana = await h.addPerson('Hana');
    const { token } = await hana.api.tokens.create.mutate({ name: 'script' });
    const script = createInjectClient(h.t.app, { headers: { authorization: `Bearer ${token}` } });
    expect(await script.auth.me.query()).toMatchObject({ id: hana.user.id });

    await h.admin.api.admin.users.disable.mutate({ userId: hana.user.id });
    expect(await script.auth.me.query()).toBeNull();
    expect(await appCodeOf(script.chat.list.query({}))).toBe('UNAUTHENTICATED');
  });

  it('refuses to disable yourself', async () => {
    const error = await failureOf(
      h.admin.api.admin.users.disable.mutate({ userId: h.admin.user.id }),
    );
    expect(error.data?.appCode).toBe('CANNOT_DISABLE_SELF');
    expect(await h.admin.api.auth.me.query()).toMatchObject({ role: 'admin' });
  });

  it('never leaves the server without an active admin when two admins disable each other', async () => {
    const fay = await h.addPerson('Fay');
    await h.admin.api.admin.users.setRole.mutate({ userId: fay.user.id, role: 'admin' });
    const outcomes = await Promise.allSettled([
      h.admin.api.admin.users.disable.mutate({ userId: fay.user.id }),
      fay.api.admin.users.disable.mutate({ userId: h.admin.user.id }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const active = await h.t.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .execute();
    expect(active).toHaveLength(1);
    // Whoever lost is re-enabled, so the suite goes on with Ada.
    if (active[0]?.id !== h.admin.user.id) {
      await fay.api.admin.users.enable.mutate({ userId: h.admin.user.id });
      await h.admin.api.auth.login.mutate({ email: h.admin.user.email, password });
    }
    await h.admin.api.admin.users.setRole.mutate({ userId: fay.user.id, role: 'user' });
  });

  it('refuses every user procedure to a normal user', async () => {
    const gus = await h.addPerson('Gus');
    const target = { userId: h.admin.user.id };
    // Handlers attach in the same tick the calls start, so no refusal goes unhandled.
    const codes = await Promise.all(
      [
        gus.api.admin.users.list.query({}),
        gus.api.admin.users.create.mutate({ email: 'x@example.com', name: 'X', password }),
        gus.api.admin.users.setRole.mutate({ userId: gus.user.id, role: 'admin' }),
        gus.api.admin.users.disable.mutate(target),
        gus.api.admin.users.enable.mutate(target),
      ].map(appCodeOf),
    );
    expect(codes).toEqual(codes.map(() => 'ADMIN_ONLY'));
    expect(await gus.api.auth.me.query()).toMatchObject({ role: 'user' });
  });
});
