import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInjectClient } from '../src/testing/index.js';
import { appCodeOf, password, startAdminHarness, type AdminHarness } from './admin-harness.js';

describe('admin.settings', () => {
  let h: AdminHarness;
  beforeAll(async () => {
    h = await startAdminHarness({ ENOX_SIGNUP: 'closed', ENOX_DEFAULT_MONTHLY_LIMIT: '12' });
  });
  afterAll(() => h.close());

  const register = (email: string) =>
    createInjectClient(h.t.app).auth.register.mutate({ email, password, name: 'Someone' });

  it('starts from ENOX_SIGNUP until an admin saves a policy', async () => {
    expect(await h.admin.api.admin.settings.get.query()).toEqual({
      signup: { mode: 'closed' },
      signupSource: 'environment',
      defaultMonthlyLimit: 12,
    });
    expect(await appCodeOf(register('early@example.com'))).toBe('SIGNUP_CLOSED');
  });

  it('opens sign-up for the very next registration', async () => {
    const saved = await h.admin.api.admin.settings.set.mutate({ signup: { mode: 'open' } });
    expect(saved).toMatchObject({ signup: { mode: 'open' }, signupSource: 'admin' });
    const { user } = await register('open@example.com');
    expect(user.role).toBe('user');
  });

  it('limits sign-up to listed email domains', async () => {
    await h.admin.api.admin.settings.set.mutate({
      signup: { mode: 'domains', domains: ['@Team.Example', 'partner.example'] },
    });
    expect(await h.admin.api.admin.settings.get.query()).toMatchObject({
      signup: { mode: 'domains', domains: ['team.example', 'partner.example'] },
    });
    expect(await appCodeOf(register('outsider@elsewhere.example'))).toBe('SIGNUP_DOMAIN');
    await register('insider@team.example');
  });

  it('closes sign-up again, while admins can still create accounts', async () => {
    await h.admin.api.admin.settings.set.mutate({ signup: { mode: 'closed' } });
    expect(await appCodeOf(register('late@example.com'))).toBe('SIGNUP_CLOSED');
    await h.admin.api.admin.users.create.mutate({
      email: 'late@example.com',
      name: 'Late',
      password,
    });
  });

  it('audits each policy change with what it replaced', async () => {
    const { items } = await h.admin.api.admin.audit.list.query({ targetType: 'settings' });
    expect(items.map((e) => [e.before?.signup, e.after?.signup])).toEqual([
      [{ mode: 'domains', domains: ['team.example', 'partner.example'] }, { mode: 'closed' }],
      [{ mode: 'open' }, { mode: 'domains', domains: ['team.example', 'partner.example'] }],
      [{ mode: 'closed' }, { mode: 'open' }],
    ]);
    expect(items.at(-1)?.before).toEqual({ signup: { mode: 'closed' }, source: 'environment' });
  });

  it('refuses the settings to a normal user', async () => {
    const { api } = await h.addPerson('Bob');
    expect(await appCodeOf(api.admin.settings.get.query())).toBe('ADMIN_ONLY');
    expect(await appCodeOf(api.admin.settings.set.mutate({ signup: { mode: 'open' } }))).toBe(
      'ADMIN_ONLY',
    );
    expect((await h.admin.api.admin.settings.get.query()).signup).toEqual({ mode: 'closed' });
  });
});
