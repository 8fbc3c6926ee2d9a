import { appRouter, type AppRouter } from '@enox/contracts';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInjectClient } from '../src/testing/index.js';
import {
  appCodeOf,
  auditActions,
  password,
  startAdminHarness,
  type AdminHarness,
} from './admin-harness.js';

type Api = TRPCClient<AppRouter>;

const ID = '00000000-0000-4000-8000-000000000000';

/** One valid call of every admin procedure: refusals must not come from validation. */
const calls: Record<string, (api: Api) => Promise<unknown>> = {
  'admin.stats': (api) => api.admin.stats.query(),
  'admin.providers.list': (api) => api.admin.providers.list.query(),
  'admin.providers.create': (api) =>
    api.admin.providers.create.mutate({
      kind: 'google',
      name: 'Sneaky',
      apiKey: 'AIza-sneaky-123',
    }),
  'admin.providers.update': (api) => api.admin.providers.update.mutate({ id: ID, name: 'X' }),
  'admin.providers.delete': (api) => api.admin.providers.delete.mutate({ id: ID }),
  'admin.providers.rotateKey': (api) =>
    api.admin.providers.rotateKey.mutate({ id: ID, apiKey: 'sk-sneaky-1234567' }),
  'admin.providers.testKey': (api) => api.admin.providers.testKey.mutate({ id: ID }),
  'admin.models.list': (api) => api.admin.models.list.query(),
  'admin.models.create': (api) =>
    api.admin.models.create.mutate({ providerId: ID, modelId: 'm', name: 'M', type: 'text' }),
  'admin.models.update': (api) => api.admin.models.update.mutate({ id: ID, name: 'M' }),
  'admin.models.delete': (api) => api.admin.models.delete.mutate({ id: ID }),
  'admin.models.setActive': (api) => api.admin.models.setActive.mutate({ id: ID, active: false }),
  'admin.users.list': (api) => api.admin.users.list.query({}),
  'admin.users.create': (api) =>
    api.admin.users.create.mutate({ email: 'new@example.com', name: 'New', password }),
  'admin.users.setRole': (api) => api.admin.users.setRole.mutate({ userId: ID, role: 'admin' }),
  'admin.users.disable': (api) => api.admin.users.disable.mutate({ userId: ID }),
  'admin.users.enable': (api) => api.admin.users.enable.mutate({ userId: ID }),
  'admin.limits.list': (api) => api.admin.limits.list.query({ userId: ID }),
  'admin.limits.set': (api) =>
    api.admin.limits.set.mutate({ userId: ID, modelId: ID, monthlyLimit: 9 }),
  'admin.limits.remove': (api) => api.admin.limits.remove.mutate({ userId: ID, modelId: ID }),
  'admin.usage.logs': (api) => api.admin.usage.logs.query({}),
  'admin.usage.timeseries': (api) => api.admin.usage.timeseries.query({}),
  'admin.settings.get': (api) => api.admin.settings.get.query(),
  'admin.settings.set': (api) => api.admin.settings.set.mutate({ signup: { mode: 'open' } }),
  'admin.audit.list': (api) => api.admin.audit.list.query({}),
};

describe('admin access over HTTP', () => {
  let h: AdminHarness;
  let user: Api;
  beforeAll(async () => {
    h = await startAdminHarness();
    ({ api: user } = await h.signUp('Plain User'));
  });
  afterAll(() => h.close());

  it('has a refusal test for every admin procedure of the API', () => {
    const procedures = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith('admin.'));
    expect(Object.keys(calls).sort()).toEqual(procedures.sort());
  });

  it.each(Object.keys(calls))('%s answers FORBIDDEN to a normal user', async (name) => {
    const call = calls[name];
    if (!call) throw new Error(name);
    expect(await appCodeOf(call(user))).toBe('ADMIN_ONLY');
  });

  it.each(Object.keys(calls))('%s answers UNAUTHORIZED when signed out', async (name) => {
    const call = calls[name];
    if (!call) throw new Error(name);
    expect(await appCodeOf(call(createInjectClient(h.t.app)))).toBe('UNAUTHENTICATED');
  });

  it('changed nothing through any of those calls', async () => {
    expect(await auditActions(h.t)).toEqual([]);
    const providers = await h.admin.api.admin.providers.list.query();
    expect(providers.map((p) => p.name)).not.toContain('Sneaky');
    expect((await h.admin.api.admin.settings.get.query()).signupSource).toBe('environment');
  });
});
