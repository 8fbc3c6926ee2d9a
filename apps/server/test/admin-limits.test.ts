import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcMonthStart } from '../src/admin/shared/utc-calendar.js';
import {
  appCodeOf,
  auditActions,
  failureOf,
  startAdminHarness,
  type AdminHarness,
} from './admin-harness.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('admin.limits', () => {
  let h: AdminHarness;
  let chatModel: string;
  beforeAll(async () => {
    h = await startAdminHarness({ ENOX_DEFAULT_MONTHLY_LIMIT: '7' });
    chatModel = (await h.seededModel('sim-chat')).id;
  });
  afterAll(() => h.close());

  it('lists every model with the limit that applies and this month’s usage beside it', async () => {
    const { user } = await h.signUp('Bob');
    await h.admin.api.admin.models.update.mutate({ id: chatModel, monthlyLimit: 30 });
    await h.t.database.db
      .insertInto('usage')
      .values([
        {
          user_id: user.id,
          model_id: chatModel,
          month: utcMonthStart(new Date()),
          platform_count: 4,
          own_key_count: 2,
        },
        // Last month's usage is not this month's.
        { user_id: user.id, model_id: chatModel, month: '2020-01-01', platform_count: 99 },
      ])
      .execute();

    const limits = await h.admin.api.admin.limits.list.query({ userId: user.id });
    expect(limits.month).toBe(utcMonthStart(new Date()));
    const models = await h.admin.api.admin.models.list.query();
    expect(limits.models).toHaveLength(models.length);
    expect(limits.models.find((m) => m.modelId === chatModel)).toEqual({
      modelId: chatModel,
      modelName: expect.any(String),
      type: 'text',
      active: true,
      defaultLimit: 30,
      override: null,
      effectiveLimit: 30,
      used: 4,
      ownKey: 2,
    });
    const other = limits.models.find((m) => m.modelId !== chatModel);
    expect(other).toMatchObject({ defaultLimit: 7, effectiveLimit: 7, used: 0, ownKey: 0 });
    await h.admin.api.admin.models.update.mutate({ id: chatModel, monthlyLimit: null });
  });

  it('sets and removes a per-user override, auditing both', async () => {
    const { user } = await h.signUp('Carol');
    const set = await h.admin.api.admin.limits.set.mutate({
      userId: user.id,
      modelId: chatModel,
      monthlyLimit: 100,
    });
    expect(set).toMatchObject({ override: 100, effectiveLimit: 100, defaultLimit: 7 });
    const raised = await h.admin.api.admin.limits.set.mutate({
      userId: user.id,
      modelId: chatModel,
      monthlyLimit: 120,
    });
    expect(raised.effectiveLimit).toBe(120);

    const removed = await h.admin.api.admin.limits.remove.mutate({
      userId: user.id,
      modelId: chatModel,
    });
    expect(removed).toMatchObject({ override: null, effectiveLimit: 7 });
    const before = (await auditActions(h.t)).length;
    await h.admin.api.admin.limits.remove.mutate({ userId: user.id, modelId: chatModel });
    expect((await auditActions(h.t)).length).toBe(before);

    const { items } = await h.admin.api.admin.audit.list.query({ targetType: 'limit' });
    expect(
      items
        .filter((e) => e.targetId === `${user.id}:${chatModel}`)
        .map((e) => [e.action, e.before?.monthlyLimit, e.after?.monthlyLimit]),
    ).toEqual([
      ['limit.remove', 120, null],
      ['limit.set', 100, 120],
      ['limit.set', null, 100],
    ]);
  });

  it('is the limit the quota gate enforces on the person’s next request', async () => {
    const dana = await h.signUp('Dana');
    await h.admin.api.admin.limits.set.mutate({
      userId: dana.user.id,
      modelId: chatModel,
      monthlyLimit: 1,
    });
    await dana.api.chat.send.mutate({ modelId: chatModel, message: 'hello' });
    const refused = await failureOf(
      dana.api.chat.send.mutate({ modelId: chatModel, message: 'again' }),
    );
    expect(refused.data?.appCode).toBe('QUOTA_EXCEEDED');
    expect(refused.message).toContain('all 1 requests');
    const row = (await h.admin.api.admin.limits.list.query({ userId: dana.user.id })).models.find(
      (m) => m.modelId === chatModel,
    );
    expect(row).toMatchObject({ used: 1, effectiveLimit: 1 });

    await h.admin.api.admin.limits.set.mutate({
      userId: dana.user.id,
      modelId: chatModel,
      monthlyLimit: 2,
    });
    await dana.api.chat.send.mutate({ modelId: chatModel, message: 'one more allowed' });
  });

  it('answers NOT_FOUND for an unknown person or model', async () => {
    expect(await appCodeOf(h.admin.api.admin.limits.list.query({ userId: UNKNOWN }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await appCodeOf(
        h.admin.api.admin.limits.set.mutate({
          userId: h.admin.user.id,
          modelId: UNKNOWN,
          monthlyLimit: 1,
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses every limit procedure to a normal user', async () => {
    const { api, user } = await h.signUp('Eve');
    const target = { userId: user.id, modelId: chatModel };
    // Handlers attach in the same tick the calls start, so no refusal goes unhandled.
    const codes = await Promise.all(
      [
        api.admin.limits.list.query({ userId: user.id }),
        api.admin.limits.set.mutate({ ...target, monthlyLimit: 1000 }),
        api.admin.limits.remove.mutate(target),
      ].map(appCodeOf),
    );
    expect(codes).toEqual(codes.map(() => 'ADMIN_ONLY'));
    const overrides = await h.t.database.db
      .selectFrom('user_model_limits')
      .select('user_id')
      .where('user_id', '=', user.id)
      .execute();
    expect(overrides).toEqual([]);
  });
});
