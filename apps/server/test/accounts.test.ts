import { TRPCClientError } from '@trpc/client';
import { startProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { SecretBox } from '../src/crypto/secret-box.js';
import { userKeyContext } from '../src/keys/user-keys.js';
import { providerKeyContext } from '../src/providers/provider-access.js';
import { addOpenAIProvider } from './accounts-harness.js';
import { collectRun, startChatHarness, textOf, type ChatHarness } from './chat-harness.js';

const SECRET = 'accounts-test-master-secret-0123456789abcdef';
const SIM_KEY = 'sim-test-key';

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
    return { code: 'OK', appCode: undefined, message: '' };
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string; appCode?: string } | undefined;
    return { code: data?.code, appCode: data?.appCode, message: error.message };
  }
}

describe('accounts: limits, own keys, agents, direct generation', () => {
  let h: ChatHarness;
  let platformModel: string;
  beforeAll(async () => {
    h = await startChatHarness({ ENOX_SECRET: SECRET, ENOX_DEFAULT_MONTHLY_LIMIT: '3' });
    const box = new SecretBox(SECRET);
    ({ modelId: platformModel } = await addOpenAIProvider(
      h.t.database.db,
      h.sim.openaiBaseUrl,
      (id) => box.seal(SIM_KEY, providerKeyContext(id)),
    ));
  });
  afterAll(() => h.close());
  beforeEach(() => h.sim.reset());

  it('refuses a request over the limit before any stream, naming model, limit and reset', async () => {
    const { api } = await h.signUp('Limited');
    for (let i = 0; i < 3; i++) {
      const sent = await api.chat.send.mutate({ modelId: platformModel, message: `hello ${i}` });
      await collectRun(api, sent.runId);
    }
    const before = await h.t.database.db.selectFrom('messages').select('id').execute();
    const refused = await errorOf(
      api.chat.send.mutate({ modelId: platformModel, message: 'one more' }),
    );
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', appCode: 'QUOTA_EXCEEDED' });
    expect(refused.message).toMatch(/all 3 requests for Test GPT this month/);
    expect(await h.t.database.db.selectFrom('messages').select('id').execute()).toHaveLength(
      before.length,
    );
    const usage = (await api.usage.summary.query()).find((u) => u.modelId === platformModel);
    expect(usage).toMatchObject({ used: 3, limit: 3, remaining: 0, ownKey: 0 });
    expect(await api.models.usage.query()).toEqual(await api.usage.summary.query());
  });

  it('gives the reservation back when the provider fails before any output', async () => {
    const { api } = await h.signUp('Unlucky');
    h.sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'error', status: 401 } });
    const sent = await api.chat.send.mutate({ modelId: platformModel, message: 'fail please' });
    const { events } = await collectRun(api, sent.runId);
    expect(events.at(-1)?.type).toBe('error');
    await expect
      .poll(
        async () =>
          (await api.usage.summary.query()).find((u) => u.modelId === platformModel)?.used,
      )
      .toBe(0);
  });

  it('uses the person’s own key when BYOK is on: counted apart, never blocked, capped higher', async () => {
    const { api, userId } = await h.signUp('Byok');
    const ownKey = 'sk-own-key-abcdef-9876';
    // The person's key works at their own endpoint (a second simulator that takes any key).
    const ownSim = await startProviderSim();
    onTestFinished(() => ownSim.close());
    await api.keys.set.mutate({
      provider: 'openai',
      apiKey: ownKey,
      baseUrl: ownSim.openaiBaseUrl,
    });
    await api.users.setByok.mutate({ enabled: true });
    await h.t.database.db
      .insertInto('user_model_limits')
      .values({ user_id: userId, model_id: platformModel, monthly_limit: 0 })
      .execute();

    for (let i = 0; i < 2; i++) {
      const sent = await api.chat.send.mutate({
        modelId: platformModel,
        message: `mine ${i}`,
        maxTokens: 20_000,
      });
      const { events } = await collectRun(api, sent.runId);
      expect(events.at(-1)?.type).toBe('done');
    }
    const chat = ownSim.requests.filter((r) => r.endpoint === 'chat');
    expect(chat).toHaveLength(2);
    expect(chat.every((r) => r.headers.authorization === `Bearer ${ownKey}`)).toBe(true);
    const body = chat[0]?.body as { max_tokens?: number; max_completion_tokens?: number };
    expect(body.max_completion_tokens ?? body.max_tokens).toBe(20_000);
    expect(
      (await api.usage.summary.query()).find((u) => u.modelId === platformModel),
    ).toMatchObject({ used: 0, ownKey: 2, limit: 0 });

    // With BYOK off the platform key (and its limit) apply again.
    await api.users.setByok.mutate({ enabled: false });
    expect(
      await errorOf(api.chat.send.mutate({ modelId: platformModel, message: 'x' })),
    ).toMatchObject({ appCode: 'QUOTA_EXCEEDED' });
  });

  it('caps max_tokens lower on the platform key', async () => {
    const { api } = await h.signUp('Capped');
    const sent = await api.chat.send.mutate({
      modelId: platformModel,
      message: 'long please',
      maxTokens: 100_000,
    });
    await collectRun(api, sent.runId);
    const body = h.sim.requests.find((r) => r.endpoint === 'chat')?.body as {
      max_tokens?: number;
      max_completion_tokens?: number;
    };
    expect(body.max_completion_tokens ?? body.max_tokens).toBe(8_192);
  });

  it('keeps keys write-only and sealed per owner', async () => {
    const { api, userId } = await h.signUp('Keys');
    const { userId: otherId } = await h.signUp('OtherKeys');
    const key = 'sk-write-only-key-1234';
    const summary = await api.keys.set.mutate({ provider: 'openai', apiKey: key });
    expect(summary).toMatchObject({ provider: 'openai', last4: '1234', baseUrl: null });
    expect(JSON.stringify(await api.keys.list.query())).not.toContain(key);

    const rows = await h.t.database.db
      .selectFrom('user_api_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    expect(rows[0]?.api_key_encrypted).not.toContain(key);
    // Same key for another person: a different ciphertext, and one that does not open for them.
    await api.keys.set.mutate({ provider: 'groq', apiKey: key });
    const sealed = await h.t.database.db
      .selectFrom('user_api_keys')
      .select(['provider', 'api_key_encrypted'])
      .where('user_id', '=', userId)
      .execute();
    expect(new Set(sealed.map((s) => s.api_key_encrypted)).size).toBe(2);
    const box = new SecretBox(SECRET);
    const openaiSealed = sealed.find((s) => s.provider === 'openai')?.api_key_encrypted ?? '';
    expect(box.open(openaiSealed, userKeyContext(userId, 'openai'))).toBe(key);
    expect(() => box.open(openaiSealed, userKeyContext(otherId, 'openai'))).toThrow();

    expect(
      await errorOf(api.keys.set.mutate({ provider: 'custom', apiKey: 'sk-custom-123456' })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    await api.keys.remove.mutate({ provider: 'groq' });
    expect(await errorOf(api.keys.remove.mutate({ provider: 'groq' }))).toMatchObject({
      appCode: 'KEY_NOT_SET',
    });
  });

  it('tests a stored key with the provider’s cheapest call and gives a clear verdict', async () => {
    const { api } = await h.signUp('Tester');
    await api.keys.set.mutate({
      provider: 'custom',
      apiKey: SIM_KEY,
      baseUrl: h.sim.openaiBaseUrl,
    });
    expect(await api.keys.test.mutate({ provider: 'custom' })).toEqual({
      ok: true,
      message: 'The key works.',
    });
    await api.keys.set.mutate({
      provider: 'custom',
      apiKey: 'sk-wrong-key-0000',
      baseUrl: h.sim.openaiBaseUrl,
    });
    expect(await api.keys.test.mutate({ provider: 'custom' })).toEqual({
      ok: false,
      message: 'The provider rejected this key.',
    });
  });

  it('applies an agent’s prompt and settings, hides them from others, and keeps private agents private', async () => {
    const { api: creator } = await h.signUp('Creator');
    const { api: stranger } = await h.signUp('Stranger');
    const common = {
      modelId: h.model('sim-chat').id,
      description: 'Helps with poems',
      temperature: 0.3,
      maxTokens: 500,
    };
    const poet = await creator.agents.create.mutate({
      ...common,
      name: 'Poet',
      username: 'poet_bot',
      systemPrompt: 'SECRET-PROMPT: rhyme always',
      isPublic: true,
    });
    const diary = await creator.agents.create.mutate({
      ...common,
      name: 'Diary',
      username: 'my_diary',
      systemPrompt: 'PRIVATE-PROMPT',
      isPublic: false,
    });
    expect(poet).toMatchObject({
      systemPrompt: 'SECRET-PROMPT: rhyme always',
      creatorName: 'Creator',
      modelName: expect.any(String),
    });

    // An update changes only what it names: the agent stays public with its prompt.
    await creator.agents.update.mutate({ id: poet.id, description: 'Helps with rhymes' });
    const listed = await stranger.agents.public.query({});
    expect(listed.items.map((a) => a.username)).toEqual(['poet_bot']);
    expect(JSON.stringify(listed)).not.toContain('SECRET-PROMPT');
    const seen = await stranger.agents.byUsername.query({ username: 'poet_bot' });
    expect(JSON.stringify(seen)).not.toMatch(/SECRET-PROMPT|temperature|systemPrompt/);
    expect(await errorOf(stranger.agents.byUsername.query({ username: 'my_diary' }))).toMatchObject(
      { code: 'NOT_FOUND' },
    );
    expect(
      await errorOf(
        stranger.chat.send.mutate({ modelId: common.modelId, agentId: diary.id, message: 'hi' }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await errorOf(stranger.agents.update.mutate({ id: poet.id, name: 'Mine' })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(stranger.agents.delete.mutate({ id: poet.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    // The agent's model wins over the one picked in the composer.
    const sent = await stranger.chat.send.mutate({
      modelId: h.model('sim-reasoner').id,
      agentId: poet.id,
      message: 'a poem please',
    });
    await collectRun(stranger, sent.runId);
    const body = h.sim.requests.find((r) => r.endpoint === 'chat')?.body as {
      messages: { role: string; content: string }[];
      temperature: number;
    };
    expect(body.messages[0]).toEqual({ role: 'system', content: 'SECRET-PROMPT: rhyme always' });
    expect(body.temperature).toBe(0.3);
    expect(h.sim.requests.find((r) => r.endpoint === 'chat')?.model).toBe('sim-chat');
    // The prompt reached the model, never the stranger.
    expect(
      JSON.stringify(await stranger.chat.messages.query({ chatId: sent.chatId })),
    ).not.toContain('SECRET-PROMPT');
  });

  it('explains username and range mistakes clearly', async () => {
    const { api } = await h.signUp('Validator');
    const base = { name: 'A', modelId: h.model('sim-chat').id, systemPrompt: '', description: '' };
    expect(
      await errorOf(api.agents.create.mutate({ ...base, username: 'No Spaces!' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Use 3–30 lowercase letters, digits or underscores.',
    });
    expect(
      await errorOf(api.agents.create.mutate({ ...base, username: 'hot_one', temperature: 2.5 })),
    ).toMatchObject({
      message: 'Temperature is between 0 and 2.',
    });
    expect(
      await errorOf(api.agents.create.mutate({ ...base, username: 'top_one', topP: 1.5 })),
    ).toMatchObject({
      message: 'Top P is between 0 and 1.',
    });
    expect(
      await errorOf(api.agents.create.mutate({ ...base, username: 'poet_bot' })),
    ).toMatchObject({
      code: 'CONFLICT',
      appCode: 'USERNAME_TAKEN',
    });
  });

  it('generates media directly through the gate and stores it for its owner', async () => {
    const { api } = await h.signUp('Generator');
    const { media } = await api.generate.image.mutate({
      modelId: h.model('sim-image').id,
      prompt: 'A red kite',
      aspectRatio: '16:9',
    });
    expect(media).toMatchObject({
      mediaType: 'image',
      mimeType: 'image/png',
      url: `/media/${media.id}`,
    });
    const speech = await api.generate.tts.mutate({
      modelId: h.model('sim-gemini-tts').id,
      prompt: 'Hello there',
      voice: 'Kore',
    });
    expect(speech.media.mediaType).toBe('audio');
    expect(
      await errorOf(api.generate.image.mutate({ modelId: h.model('sim-tts').id, prompt: 'x' })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    const usage = await api.usage.summary.query();
    expect(usage.find((u) => u.modelId === h.model('sim-image').id)?.used).toBe(1);
  });

  it('updates the profile and pins at most three available models', async () => {
    const { api } = await h.signUp('Profile');
    expect(
      await api.users.updateProfile.mutate({
        name: 'New Name',
        avatarUrl: 'https://example.com/a.png',
      }),
    ).toMatchObject({
      name: 'New Name',
      avatarUrl: 'https://example.com/a.png',
    });
    const ids = ['sim-chat', 'sim-image', 'sim-tts'].map((m) => h.model(m).id);
    expect((await api.users.setPinnedModels.mutate({ modelIds: ids })).pinnedModelIds).toEqual(ids);
    expect(
      await errorOf(
        api.users.setPinnedModels.mutate({ modelIds: [...ids, h.model('sim-veo').id] }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await errorOf(
        api.users.setPinnedModels.mutate({ modelIds: ['6f1c2a7e-8d3b-4c52-9a0e-1b2c3d4e5f60'] }),
      ),
    ).toMatchObject({
      appCode: 'MODEL_UNAVAILABLE',
    });
    expect(textOf([])).toBe('');
  });
});
