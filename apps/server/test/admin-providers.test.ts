import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SIM_KEY,
  appCodeOf,
  failureOf,
  startAdminHarness,
  type AdminHarness,
} from './admin-harness.js';

const KEY = 'sk-proj-harness0123456789abcdEFGH';
const ROTATED = 'sk-proj-rotated0123456789abcdWXYZ';

describe('admin.providers', () => {
  let h: AdminHarness;
  beforeAll(async () => {
    h = await startAdminHarness();
  });
  afterAll(() => h.close());

  const createTeamProvider = (name = 'Team OpenAI', apiKey = KEY) =>
    h.admin.api.admin.providers.create.mutate({
      kind: 'openai-compatible',
      name,
      preset: 'openai',
      baseUrl: h.sim.openaiBaseUrl,
      apiKey,
    });

  it('lists the seeded offline providers, keyless and marked simulated', async () => {
    const providers = await h.admin.api.admin.providers.list.query();
    expect(providers.map((p) => [p.kind, p.simulated, p.maskedKey]).sort()).toEqual([
      ['google', true, null],
      ['openai-compatible', true, null],
    ]);
    expect(providers.every((p) => p.modelCount > 0)).toBe(true);
  });

  it('creates a provider and shows its key only masked, everywhere', async () => {
    const created = await createTeamProvider();
    expect(created).toMatchObject({
      name: 'Team OpenAI',
      preset: 'openai',
      baseUrl: h.sim.openaiBaseUrl,
      maskedKey: 'sk-…EFGH',
      modelCount: 0,
      active: true,
      simulated: false,
    });
    const listed = await h.admin.api.admin.providers.list.query();
    expect(JSON.stringify(listed)).not.toContain(KEY.slice(3, -4));
    const row = await h.t.database.db
      .selectFrom('providers')
      .select(['api_key_encrypted', 'api_key_last4'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.api_key_encrypted).not.toContain(KEY);
    expect(row.api_key_last4).toBe('EFGH');
  });

  it('keeps the stored key when an edit does not retype it', async () => {
    const created = await createTeamProvider('Keep my key', SIM_KEY);
    const sealedBefore = await sealedKeyOf(created.id);
    const edited = await h.admin.api.admin.providers.update.mutate({
      id: created.id,
      name: 'Renamed',
      active: false,
    });
    expect(edited).toMatchObject({ name: 'Renamed', active: false, maskedKey: 'sk-…7a1c' });
    expect(await sealedKeyOf(created.id)).toBe(sealedBefore);
    expect(await h.admin.api.admin.providers.testKey.mutate({ id: created.id })).toMatchObject({
      ok: true,
    });
  });

  it('rotates the key and the mask follows', async () => {
    const created = await createTeamProvider('Rotate me');
    const rotated = await h.admin.api.admin.providers.rotateKey.mutate({
      id: created.id,
      apiKey: ROTATED,
    });
    expect(rotated.maskedKey).toBe('sk-…WXYZ');
    // The simulator only takes its own key: the rotated one is now the one sent.
    const test = await h.admin.api.admin.providers.testKey.mutate({ id: created.id });
    expect(test).toMatchObject({ ok: false, message: 'The provider refused this key (HTTP 401).' });
    expect(test.message).not.toContain('WXYZ');
  });

  it('tests a key by listing models, for stored providers, drafts and the simulator', async () => {
    const created = await createTeamProvider('Testable', SIM_KEY);
    const stored = await h.admin.api.admin.providers.testKey.mutate({ id: created.id });
    expect(stored).toMatchObject({ ok: true, modelCount: 4 });
    expect(stored.message).toContain('4 models');

    const draft = await h.admin.api.admin.providers.testKey.mutate({
      kind: 'google',
      baseUrl: h.sim.geminiBaseUrl,
      apiKey: SIM_KEY,
    });
    expect(draft).toMatchObject({ ok: true });

    const wrong = await h.admin.api.admin.providers.testKey.mutate({
      id: created.id,
      apiKey: 'sk-wrong-0123456789abcdef',
    });
    expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining('401') });

    const simulated = (await h.admin.api.admin.providers.list.query()).find((p) => p.simulated);
    expect(
      await h.admin.api.admin.providers.testKey.mutate({ id: simulated?.id ?? '' }),
    ).toMatchObject({ ok: true });
  });

  it('says plainly when a base URL cannot be reached', async () => {
    const unreachable = await h.admin.api.admin.providers.testKey.mutate({
      kind: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: KEY,
    });
    expect(unreachable).toMatchObject({ ok: false, message: expect.stringMatching(/reach/) });
  });

  it('refuses to delete a provider that models still use, and deletes it once they are gone', async () => {
    const created = await createTeamProvider('In use');
    const model = await h.admin.api.admin.models.create.mutate({
      providerId: created.id,
      modelId: 'sim-chat',
      name: 'Team chat',
      type: 'text',
    });
    const refused = await failureOf(h.admin.api.admin.providers.delete.mutate({ id: created.id }));
    expect(refused.data?.appCode).toBe('PROVIDER_IN_USE');
    expect(refused.message).toBe(
      '1 model still uses this provider. Delete them or deactivate the provider instead.',
    );
    await h.admin.api.admin.models.delete.mutate({ id: model.id });
    await h.admin.api.admin.providers.delete.mutate({ id: created.id });
    const ids = (await h.admin.api.admin.providers.list.query()).map((p) => p.id);
    expect(ids).not.toContain(created.id);
  });

  it('takes no key or base URL for the simulated provider', async () => {
    const simulated = (await h.admin.api.admin.providers.list.query()).find((p) => p.simulated);
    expect(
      await appCodeOf(
        h.admin.api.admin.providers.rotateKey.mutate({ id: simulated?.id ?? '', apiKey: KEY }),
      ),
    ).toBe('PROVIDER_SIMULATED');
    const renamed = await h.admin.api.admin.providers.update.mutate({
      id: simulated?.id ?? '',
      name: 'Offline playground',
    });
    expect(renamed.name).toBe('Offline playground');
  });

  it('records every change in the audit log with the key masked, never in clear', async () => {
    const created = await createTeamProvider('Audited');
    await h.admin.api.admin.providers.update.mutate({ id: created.id, name: 'Audited 2' });
    await h.admin.api.admin.providers.rotateKey.mutate({ id: created.id, apiKey: ROTATED });
    await h.admin.api.admin.providers.delete.mutate({ id: created.id });

    const { items } = await h.admin.api.admin.audit.list.query({ targetType: 'provider' });
    const mine = items.filter((entry) => entry.targetId === created.id);
    expect(mine.map((entry) => entry.action)).toEqual([
      'provider.delete',
      'provider.rotate-key',
      'provider.update',
      'provider.create',
    ]);
    expect(mine.every((entry) => entry.actor?.id === h.admin.user.id)).toBe(true);
    expect(mine[1]).toMatchObject({ before: { key: 'sk-…EFGH' }, after: { key: 'sk-…WXYZ' } });
    expect(mine[2]).toMatchObject({ before: { name: 'Audited' }, after: { name: 'Audited 2' } });

    const everything = JSON.stringify(
      await h.t.database.db.selectFrom('audit_log').selectAll().execute(),
    );
    for (const secret of [KEY, ROTATED, SIM_KEY]) expect(everything).not.toContain(secret);
  });

  it('refuses every provider procedure to a normal user', async () => {
    const { api } = await h.signUp('Bob');
    const id = (await h.admin.api.admin.providers.list.query())[0]?.id ?? '';
    // Handlers attach in the same tick the calls start, so no refusal goes unhandled.
    const codes = await Promise.all(
      [
        api.admin.providers.list.query(),
        api.admin.providers.create.mutate({ kind: 'google', name: 'Mine' }),
        api.admin.providers.update.mutate({ id, name: 'Mine' }),
        api.admin.providers.delete.mutate({ id }),
        api.admin.providers.rotateKey.mutate({ id, apiKey: KEY }),
        api.admin.providers.testKey.mutate({ id }),
      ].map(appCodeOf),
    );
    expect(codes).toEqual(codes.map(() => 'ADMIN_ONLY'));
  });

  async function sealedKeyOf(id: string) {
    const row = await h.t.database.db
      .selectFrom('providers')
      .select('api_key_encrypted')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.api_key_encrypted;
  }
});
