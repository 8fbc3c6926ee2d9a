import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../src/crypto/secret-box.js';
import { providerKeyContext } from '../src/providers/provider-access.js';
import { createInjectClient, createTestApp, type TestApp } from '../src/testing/index.js';

describe('providers registered on the first start from environment keys', () => {
  const secret = 'seed-test-secret-0123456789abcdefghijklmnop';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      ENOX_SECRET: secret,
      OPENAI_API_KEY: 'sk-test-openai-1234',
      GEMINI_API_KEY: 'gm-test-gemini-5678',
      OLLAMA_BASE_URL: 'http://127.0.0.1:11434/v1',
    });
  });
  afterAll(() => t.close());

  it('registers those providers instead of the simulator, with keys sealed at rest', async () => {
    const providers = await t.database.db
      .selectFrom('providers')
      .selectAll()
      .orderBy('name')
      .execute();
    expect(providers.map((p) => p.name)).toEqual(['Google Gemini', 'Ollama', 'OpenAI']);
    expect(providers.some((p) => p.is_simulated)).toBe(false);
    const openai = providers.find((p) => p.name === 'OpenAI');
    expect(openai?.api_key_encrypted).not.toContain('sk-test-openai');
    expect(openai?.api_key_last4).toBe('1234');
    expect(
      new SecretBox(secret).open(
        openai?.api_key_encrypted ?? '',
        providerKeyContext(openai?.id ?? ''),
      ),
    ).toBe('sk-test-openai-1234');
  });

  it('lists models of every type and never a key', async () => {
    const api = createInjectClient(t.app);
    await api.auth.register.mutate({
      email: 'seed@example.com',
      password: 'correct horse battery',
      name: 'Seed',
    });
    const models = await api.models.list.query();
    expect(new Set(models.map((m) => m.type))).toEqual(new Set(['text', 'image', 'tts', 'video']));
    expect(JSON.stringify(models)).not.toMatch(/sk-test|gm-test/);
  });
});
