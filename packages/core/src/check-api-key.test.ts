import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApiKey } from './check-api-key.js';

describe('checkApiKey', () => {
  let sim: ProviderSim;
  beforeAll(async () => {
    sim = await startProviderSim({ apiKey: 'good-key-123' });
  });
  afterAll(() => sim.close());

  it('accepts a working key by listing models, on both protocols', async () => {
    await expect(
      checkApiKey({
        kind: 'openai-compatible',
        apiKey: 'good-key-123',
        baseUrl: sim.openaiBaseUrl,
      }),
    ).resolves.toEqual({
      ok: true,
      message: 'The key works.',
    });
    await expect(
      checkApiKey({ kind: 'google', apiKey: 'good-key-123', baseUrl: sim.geminiBaseUrl }),
    ).resolves.toMatchObject({
      ok: true,
    });
    expect(sim.requests.map((r) => r.endpoint)).toEqual(['models', 'models']);
  });

  it('reports a rejected key without echoing it', async () => {
    const verdict = await checkApiKey({
      kind: 'openai-compatible',
      apiKey: 'bad-key-999',
      baseUrl: sim.openaiBaseUrl,
    });
    expect(verdict).toEqual({ ok: false, message: 'The provider rejected this key.' });
  });

  it('reports an unreachable provider', async () => {
    const verdict = await checkApiKey({
      kind: 'openai-compatible',
      apiKey: 'x-key-1234',
      baseUrl: 'http://127.0.0.1:9/v1',
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/reach/);
  });
});
