import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/create-database.js';
import { QuotaGate } from '../src/quota/quota-gate.js';
import { monthOf } from '../src/quota/month.js';
import { createTestDatabase } from '../src/testing/index.js';

describe('the quota gate under concurrency', () => {
  let handle: DatabaseHandle;
  let userId: string;
  let creatorId: string;
  let modelId: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    const db = handle.db;
    const users = await db
      .insertInto('users')
      .values([
        { email: 'racer@example.com', name: 'Racer' },
        { email: 'creator@example.com', name: 'Creator' },
      ])
      .returning('id')
      .execute();
    userId = users[0]?.id ?? '';
    creatorId = users[1]?.id ?? '';
    const providerId = randomUUID();
    await db
      .insertInto('providers')
      .values({ id: providerId, kind: 'openai-compatible', name: 'P' })
      .execute();
    const model = await db
      .insertInto('models')
      .values({
        provider_id: providerId,
        model_id: 'm',
        display_name: 'Model M',
        type: 'text',
        monthly_limit: 5,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    modelId = model.id;
  });
  afterAll(() => handle.close());

  const usage = (user: string) =>
    handle.db
      .selectFrom('usage')
      .select(['platform_count', 'own_key_count'])
      .where('user_id', '=', user)
      .where('model_id', '=', modelId)
      .where('month', '=', monthOf(new Date()))
      .executeTakeFirst();

  it('lets exactly the limit through a 100-way race', async () => {
    const gate = new QuotaGate(handle.db, 25);
    const attempts = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        gate.reserve({
          userId,
          model: { id: modelId, name: 'Model M' },
          keySource: 'platform',
          source: 'chat',
        }),
      ),
    );
    const granted = attempts.filter((a) => a.status === 'fulfilled');
    const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(granted).toHaveLength(5);
    expect(refused).toHaveLength(95);
    expect(
      refused.every((r) => (r.reason as { appCode?: string }).appCode === 'QUOTA_EXCEEDED'),
    ).toBe(true);
    expect((await usage(userId))?.platform_count).toBe(5);

    // Releasing one (a failure before output) lets exactly one more through.
    const first = granted[0];
    if (first?.status !== 'fulfilled') throw new Error('no reservation');
    await first.value.release();
    const retry = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        gate.reserve({
          userId,
          model: { id: modelId, name: 'Model M' },
          keySource: 'platform',
          source: 'chat',
        }),
      ),
    );
    expect(retry.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
  });

  it('counts own-key requests apart and never blocks them', async () => {
    const gate = new QuotaGate(handle.db, 25);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        gate.reserve({
          userId,
          model: { id: modelId, name: 'Model M' },
          keySource: 'own',
          source: 'chat',
        }),
      ),
    );
    expect(await usage(userId)).toEqual({ platform_count: 5, own_key_count: 20 });
  });

  it('says which model, the limit and when it resets', async () => {
    const gate = new QuotaGate(handle.db, 25, () => new Date('2026-11-23T10:00:00Z'));
    const error = await gate
      .reserve({
        userId,
        model: { id: modelId, name: 'Model M' },
        keySource: 'platform',
        source: 'chat',
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      appCode: 'QUOTA_EXCEEDED',
      code: 'TOO_MANY_REQUESTS',
      details: { modelName: 'Model M', limit: 5, resetsAt: '2026-12-01T00:00:00.000Z' },
    });
    expect((error as Error).message).toMatch(/all 5 requests for Model M.*2026-12-01/);
  });

  it('checks and charges a public agent’s creator on the platform key only', async () => {
    const gate = new QuotaGate(handle.db, 25);
    const consumer = (
      await handle.db
        .insertInto('users')
        .values({ email: 'consumer@example.com', name: 'C' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const agent = { id: randomUUID(), creatorId };
    const request = {
      userId: consumer,
      model: { id: modelId, name: 'Model M' },
      source: 'chat',
      agent,
    };
    await gate.reserve({ ...request, keySource: 'platform' });
    expect((await usage(consumer))?.platform_count).toBe(1);
    expect((await usage(creatorId))?.platform_count).toBe(1);

    await gate.reserve({ ...request, keySource: 'own' });
    expect((await usage(creatorId))?.platform_count).toBe(1);

    // The creator at their limit blocks platform use of the agent, and the consumer is not charged.
    await handle.db
      .updateTable('usage')
      .set({ platform_count: 5 })
      .where('user_id', '=', creatorId)
      .execute();
    const error = await gate
      .reserve({ ...request, keySource: 'platform' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ appCode: 'QUOTA_EXCEEDED', details: { who: 'creator' } });
    expect((await usage(consumer))?.platform_count).toBe(1);
  });

  it('takes the per-user override over the model limit over the default', async () => {
    const gate = new QuotaGate(handle.db, 25);
    const other = (
      await handle.db
        .insertInto('users')
        .values({ email: 'limits@example.com', name: 'L' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await gate.limitFor(other, modelId)).toBe(5);
    await handle.db
      .insertInto('user_model_limits')
      .values({ user_id: other, model_id: modelId, monthly_limit: 2 })
      .execute();
    expect(await gate.limitFor(other, modelId)).toBe(2);
    await handle.db
      .updateTable('models')
      .set({ monthly_limit: null })
      .where('id', '=', modelId)
      .execute();
    await handle.db.deleteFrom('user_model_limits').where('user_id', '=', other).execute();
    expect(await gate.limitFor(other, modelId)).toBe(25);
    await handle.db
      .updateTable('models')
      .set({ monthly_limit: 5 })
      .where('id', '=', modelId)
      .execute();
  });
});
