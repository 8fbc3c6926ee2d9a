import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SIM_KEY,
  appCodeOf,
  auditActions,
  failureOf,
  startAdminHarness,
  type AdminHarness,
} from './admin-harness.js';

describe('admin.models', () => {
  let h: AdminHarness;
  let providerId: string;
  beforeAll(async () => {
    h = await startAdminHarness();
    ({ id: providerId } = await h.admin.api.admin.providers.create.mutate({
      kind: 'openai-compatible',
      name: 'Team endpoint',
      baseUrl: h.sim.openaiBaseUrl,
      apiKey: SIM_KEY,
    }));
  });
  afterAll(() => h.close());

  const create = (name: string, modelId = 'sim-chat', type: 'text' | 'image' = 'text') =>
    h.admin.api.admin.models.create.mutate({
      providerId,
      modelId,
      name,
      type,
      monthlyLimit: 40,
      maxTokens: 4096,
      capabilities: { thinking: false, tools: true, vision: true },
    });

  it('creates a model that people then find in their model list', async () => {
    const model = await create('Team Chat');
    expect(model).toMatchObject({
      name: 'Team Chat',
      modelId: 'sim-chat',
      type: 'text',
      monthlyLimit: 40,
      maxTokens: 4096,
      capabilities: { thinking: false, tools: true, vision: true },
      active: true,
      provider: { id: providerId, name: 'Team endpoint', kind: 'openai-compatible' },
    });
    const { api } = await h.signUp('Bob');
    const visible = await api.models.list.query();
    expect(visible.find((m) => m.id === model.id)).toMatchObject({ name: 'Team Chat' });
    expect(JSON.stringify(visible)).not.toContain(SIM_KEY);
  });

  it('lists inactive models too, and hides them from people', async () => {
    const model = await create('Soon retired', 'sim-image', 'image');
    const off = await h.admin.api.admin.models.setActive.mutate({ id: model.id, active: false });
    expect(off.active).toBe(false);
    expect((await h.admin.api.admin.models.list.query()).map((m) => m.id)).toContain(model.id);
    const { api } = await h.signUp('Carol');
    expect((await api.models.list.query()).map((m) => m.id)).not.toContain(model.id);
    await h.admin.api.admin.models.setActive.mutate({ id: model.id, active: true });
    expect((await api.models.list.query()).map((m) => m.id)).toContain(model.id);
  });

  it('changes only what an edit sends', async () => {
    const model = await create('Editable', 'sim-reasoner');
    const edited = await h.admin.api.admin.models.update.mutate({
      id: model.id,
      name: 'Reasoner',
      monthlyLimit: null,
      capabilities: { thinking: true, tools: true, vision: false },
    });
    expect(edited).toMatchObject({
      name: 'Reasoner',
      modelId: 'sim-reasoner',
      monthlyLimit: null,
      maxTokens: 4096,
      capabilities: { thinking: true, tools: true, vision: false },
    });
  });

  it('refuses a second model with the same provider, id and type', async () => {
    await create('Original', 'sim-tts-dup');
    const error = await failureOf(create('Copy', 'sim-tts-dup'));
    expect(error.data?.appCode).toBe('MODEL_EXISTS');
    expect(error.message).toBe('This provider already has a model with this id and type.');
  });

  it('refuses a provider that does not exist', async () => {
    expect(
      await appCodeOf(
        h.admin.api.admin.models.create.mutate({
          providerId: '00000000-0000-4000-8000-000000000000',
          modelId: 'x',
          name: 'X',
          type: 'text',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses to delete a model agents use, and deletes it once they are gone', async () => {
    const model = await create('Agent model', 'sim-agents');
    const agent = await h.t.database.db
      .insertInto('agents')
      .values({
        user_id: h.admin.user.id,
        name: 'Helper',
        username: 'helper_bot',
        model_id: model.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const refused = await failureOf(h.admin.api.admin.models.delete.mutate({ id: model.id }));
    expect(refused.data?.appCode).toBe('MODEL_IN_USE');
    expect(refused.message).toContain('1 agent uses this model');
    await h.t.database.db.deleteFrom('agents').where('id', '=', agent.id).execute();
    await h.admin.api.admin.models.delete.mutate({ id: model.id });
    expect((await h.admin.api.admin.models.list.query()).map((m) => m.id)).not.toContain(model.id);
  });

  it('refuses to delete a model with usage history, which stays; empty counters do not count', async () => {
    const used = await create('Used model', 'sim-used');
    await h.insertUsageEvent({
      userId: h.admin.user.id,
      modelId: used.id,
      at: new Date().toISOString(),
    });
    const refused = await failureOf(h.admin.api.admin.models.delete.mutate({ id: used.id }));
    expect(refused.data?.appCode).toBe('MODEL_HAS_USAGE');
    expect(refused.message).toContain('Deactivate it instead');
    expect((await h.admin.api.admin.models.list.query()).map((m) => m.id)).toContain(used.id);
    const events = await h.t.database.db
      .selectFrom('usage_events')
      .select('id')
      .where('model_id', '=', used.id)
      .execute();
    expect(events).toHaveLength(1);

    // A reservation that was released leaves a zero counter: not history.
    const unused = await create('Reserved once', 'sim-released');
    await h.t.database.db
      .insertInto('usage')
      .values({ user_id: h.admin.user.id, model_id: unused.id, month: '2026-11-01' })
      .execute();
    await h.admin.api.admin.models.delete.mutate({ id: unused.id });
    expect((await h.admin.api.admin.models.list.query()).map((m) => m.id)).not.toContain(unused.id);
  });

  it('audits creation, edits, activation and deletion with before and after', async () => {
    const model = await create('Audited model', 'sim-audit');
    await h.admin.api.admin.models.update.mutate({ id: model.id, monthlyLimit: 5 });
    await h.admin.api.admin.models.setActive.mutate({ id: model.id, active: false });
    await h.admin.api.admin.models.delete.mutate({ id: model.id });
    const { items } = await h.admin.api.admin.audit.list.query({ targetType: 'model' });
    const mine = items.filter((entry) => entry.targetId === model.id);
    expect(mine.map((entry) => entry.action)).toEqual([
      'model.delete',
      'model.deactivate',
      'model.update',
      'model.create',
    ]);
    expect(mine[2]).toMatchObject({ before: { monthlyLimit: 40 }, after: { monthlyLimit: 5 } });
    expect(await auditActions(h.t)).toContain('model.create');
  });

  it('refuses every model procedure to a normal user', async () => {
    const { api } = await h.signUp('Mallory');
    const [model] = await h.admin.api.admin.models.list.query();
    const id = model?.id ?? '';
    // Handlers attach in the same tick the calls start, so no refusal goes unhandled.
    const codes = await Promise.all(
      [
        api.admin.models.list.query(),
        api.admin.models.create.mutate({ providerId, modelId: 'x', name: 'X', type: 'text' }),
        api.admin.models.update.mutate({ id, name: 'Mine' }),
        api.admin.models.delete.mutate({ id }),
        api.admin.models.setActive.mutate({ id, active: false }),
      ].map(appCodeOf),
    );
    expect(codes).toEqual(codes.map(() => 'ADMIN_ONLY'));
    expect((await h.admin.api.admin.models.list.query())[0]?.active).toBe(model?.active);
  });
});
