import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCodeOf, startAdminHarness, type AdminHarness } from './admin-harness.js';

describe('admin.audit', () => {
  let h: AdminHarness;
  beforeAll(async () => {
    h = await startAdminHarness();
  });
  afterAll(() => h.close());

  it('lists changes newest first, by target and by actor, in pages', async () => {
    const bob = await h.signUp('Bob');
    await h.admin.api.admin.users.setRole.mutate({ userId: bob.user.id, role: 'admin' });
    await bob.api.admin.settings.set.mutate({ signup: { mode: 'closed' } });
    await h.admin.api.admin.settings.set.mutate({ signup: { mode: 'open' } });

    const all = await h.admin.api.admin.audit.list.query({});
    expect(all.items.map((e) => e.action)).toEqual([
      'settings.signup',
      'settings.signup',
      'user.role',
    ]);
    expect(all.items[0]).toMatchObject({
      actor: { id: h.admin.user.id, name: 'Ada Admin', email: h.admin.user.email },
      targetType: 'settings',
      targetId: 'signup_policy',
    });
    expect(Date.parse(all.items[0]?.createdAt ?? '')).not.toBeNaN();

    const byBob = await h.admin.api.admin.audit.list.query({ actorId: bob.user.id });
    expect(byBob.items.map((e) => e.after)).toEqual([
      { signup: { mode: 'closed' }, source: 'admin' },
    ]);

    const first = await h.admin.api.admin.audit.list.query({ limit: 2 });
    const second = await h.admin.api.admin.audit.list.query({
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    expect(second.nextCursor).toBeNull();
  });

  it('keeps the entries of an account that no longer exists, without its name', async () => {
    const gone = await h.signUp('Gone');
    await h.admin.api.admin.users.setRole.mutate({ userId: gone.user.id, role: 'admin' });
    await gone.api.admin.settings.set.mutate({ signup: { mode: 'closed' } });
    await h.t.database.db.deleteFrom('users').where('id', '=', gone.user.id).execute();
    const [latest] = (await h.admin.api.admin.audit.list.query({ targetType: 'settings' })).items;
    expect(latest).toMatchObject({ action: 'settings.signup', actor: null });
  });

  it('refuses the audit log to a normal user', async () => {
    const { api } = await h.addPerson('Eve');
    expect(await appCodeOf(api.admin.audit.list.query({}))).toBe('ADMIN_ONLY');
  });
});
