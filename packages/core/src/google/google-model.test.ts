import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  allCapabilities,
  collect,
  expectOneFinishLast,
  reasoningOf,
  textOf,
} from '../test-helpers.js';
import { mediaTools } from '../tools/media-tools.js';
import { FeatureSupportCache } from './feature-levels.js';
import { GoogleLanguageModel } from './google-model.js';

const API_KEY = 'sim-gemini-key';
let sim: ProviderSim;

beforeAll(async () => {
  sim = await startProviderSim({ apiKey: API_KEY });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };
const hi = [
  { role: 'system' as const, content: 'You are Enox.' },
  { role: 'user' as const, content: 'Hi' },
];

function model(
  options: { modelId?: string; apiKey?: string; featureCache?: FeatureSupportCache } = {},
) {
  return new GoogleLanguageModel({
    modelId: options.modelId ?? 'gemini-sim',
    apiKey: options.apiKey ?? API_KEY,
    baseUrl: sim.geminiBaseUrl,
    capabilities: allCapabilities,
    featureCache: options.featureCache ?? new FeatureSupportCache(),
  });
}

interface GeminiBody {
  generationConfig?: { thinkingConfig?: unknown };
  tools?: unknown[];
  systemInstruction?: unknown;
}
const bodyOf = (index: number) => (sim.requests[index]?.body ?? {}) as GeminiBody;
const levelOf = (index: number) => ({
  thinking: bodyOf(index).generationConfig?.thinkingConfig !== undefined,
  tools: bodyOf(index).tools !== undefined,
});

describe('Gemini adapter (against the simulator)', () => {
  it('streams thoughts as reasoning and text as text, with usage and one finish', async () => {
    sim.script({
      match: { protocol: 'gemini', endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        reasoning: 'Thinking it over.',
        text: 'Hello from Gemini.',
        ...fast,
      },
    });
    const parts = await collect(model().stream({ messages: hi, thinking: true }));
    expectOneFinishLast(parts);
    expect(reasoningOf(parts)).toBe('Thinking it over.');
    expect(textOf(parts)).toBe('Hello from Gemini.');
    expect(parts.find((part) => part.type === 'usage')).toBeDefined();
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    expect(bodyOf(0).generationConfig?.thinkingConfig).toEqual({ includeThoughts: true });
    expect(JSON.stringify(bodyOf(0).systemInstruction)).toContain('You are Enox.');
  });

  it('emits function calls as tool-call parts', async () => {
    sim.script({
      match: { protocol: 'gemini', endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        toolCalls: [{ name: 'generate_image', arguments: { prompt: 'a kite' } }],
        ...fast,
      },
    });
    const parts = await collect(model().stream({ messages: hi, tools: mediaTools }));
    expect(parts.filter((part) => part.type === 'tool-call')).toEqual([
      {
        type: 'tool-call',
        id: expect.any(String),
        name: 'generate_image',
        args: { prompt: 'a kite' },
      },
    ]);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'tool-calls' });
  });

  it('falls back thinking + tools → tools → plain on "unsupported feature" errors', async () => {
    sim.script(
      { match: { protocol: 'gemini' }, behaviour: { kind: 'unsupported', features: ['thinking'] } },
      { match: { protocol: 'gemini' }, behaviour: { kind: 'unsupported', features: ['tools'] } },
      { match: { protocol: 'gemini' }, behaviour: { kind: 'reply', text: 'Plain.', ...fast } },
    );
    const parts = await collect(
      model().stream({ messages: hi, thinking: true, tools: mediaTools }),
    );
    expect(textOf(parts)).toBe('Plain.');
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect([0, 1, 2].map(levelOf)).toEqual([
      { thinking: true, tools: true },
      { thinking: false, tools: true },
      { thinking: false, tools: false },
    ]);
  });

  it('remembers the level that worked per model, and forgets it after the expiry', async () => {
    let now = 0;
    const featureCache = new FeatureSupportCache({ ttlMs: 6 * 3600_000, now: () => now });
    const lacksThinking = { kind: 'unsupported', features: ['thinking'] } as const;
    sim.script(
      { match: { model: 'gemini-old' }, behaviour: lacksThinking, times: Infinity },
      {
        match: { protocol: 'gemini' },
        behaviour: { kind: 'reply', text: 'ok', ...fast },
        times: Infinity,
      },
    );
    const old = model({ modelId: 'gemini-old', featureCache });
    const request = { messages: hi, thinking: true, tools: mediaTools };

    await collect(old.stream(request));
    expect(sim.requests.map((_, index) => levelOf(index))).toEqual([
      { thinking: true, tools: true },
      { thinking: false, tools: true },
    ]);

    sim.reset();
    sim.script(
      { match: { model: 'gemini-old' }, behaviour: lacksThinking, times: Infinity },
      {
        match: { protocol: 'gemini' },
        behaviour: { kind: 'reply', text: 'ok', ...fast },
        times: Infinity,
      },
    );
    const parts = await collect(old.stream(request));
    expect(textOf(parts)).toBe('ok');
    expect(sim.requests).toHaveLength(1);
    expect(levelOf(0)).toEqual({ thinking: false, tools: true });

    // Another model is not affected by what this one lacks.
    await collect(model({ modelId: 'gemini-new', featureCache }).stream(request));
    expect(levelOf(1)).toEqual({ thinking: true, tools: true });

    now += 6 * 3600_000;
    await collect(old.stream(request));
    expect(levelOf(2)).toEqual({ thinking: true, tools: true });
  });

  it.each([401, 403, 429])('fails at once on %i without trying a lower level', async (status) => {
    sim.script({ match: { protocol: 'gemini' }, behaviour: { kind: 'error', status } });
    const parts = await collect(
      model().stream({ messages: hi, thinking: true, tools: mediaTools }),
    );
    expect(parts).toEqual([
      expect.objectContaining({ type: 'error', status, retryable: status === 429 }),
      { type: 'finish', reason: 'error' },
    ]);
    expect(sim.requests).toHaveLength(1);
  });

  it('turns a wrong key into an auth error without the key in it', async () => {
    const parts = await collect(
      model({ apiKey: 'AIzaWrongKey00000000000000000' }).stream({ messages: hi }),
    );
    expect(parts[0]).toMatchObject({ type: 'error', code: 'PROVIDER_AUTH', retryable: false });
    expect(JSON.stringify(parts)).not.toContain('AIzaWrongKey');
  });

  it('carries the abort signal to the HTTP request: the simulator sees the connection close', async () => {
    sim.script({
      match: { protocol: 'gemini' },
      behaviour: { kind: 'reply', text: ['first', ' second'], hangAfterChunks: 1, ...fast },
    });
    const controller = new AbortController();
    const parts = [];
    for await (const part of model().stream({ messages: hi, abortSignal: controller.signal })) {
      parts.push(part);
      if (part.type === 'text-delta') controller.abort();
    }
    expect(textOf(parts)).toBe('first');
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'aborted' });
    expectOneFinishLast(parts);
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });
});
