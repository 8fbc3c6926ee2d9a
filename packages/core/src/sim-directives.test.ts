// The adapters against the simulator's by-hand scenarios: what a person typing `[sim:…]`
// directives into the platform sees is what these tests pin down.
import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeatureSupportCache } from './google/feature-levels.js';
import { GoogleLanguageModel } from './google/google-model.js';
import { OpenAICompatibleLanguageModel } from './openai-compatible/openai-compatible-model.js';
import { streamWithRetry } from './stream/stream-with-retry.js';
import {
  allCapabilities,
  collect,
  expectOneFinishLast,
  reasoningOf,
  textOf,
} from './test-helpers.js';
import { KeyPool } from './tools/key-pool.js';
import { mediaTools } from './tools/media-tools.js';
import { streamWithTools } from './tools/stream-with-tools.js';

const KEY = 'sim-directives-key';
let sim: ProviderSim;

beforeAll(async () => {
  sim = await startProviderSim({ apiKey: KEY });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

const say = (content: string) => [{ role: 'user' as const, content }];

function openAIModel() {
  return new OpenAICompatibleLanguageModel({
    modelId: 'sim-chat',
    apiKey: KEY,
    baseUrl: sim.openaiBaseUrl,
    capabilities: allCapabilities,
  });
}

function geminiModel(modelId: string, featureCache = new FeatureSupportCache()) {
  return new GoogleLanguageModel({
    modelId,
    apiKey: KEY,
    baseUrl: sim.geminiBaseUrl,
    capabilities: allCapabilities,
    featureCache,
  });
}

const keyPool = () =>
  new KeyPool({ user: { google: { apiKey: KEY, baseUrl: sim.geminiBaseUrl } }, platform: {} });

describe('fake tool calls typed by hand', () => {
  const cases = ['A', 'B', 'C', 'D', 'E'].flatMap((letter) => [letter, `${letter}:fenced`]);
  it.each(cases)('[sim:fake-tool:%s] runs the tool and never shows its JSON', async (format) => {
    const parts = await collect(
      streamWithTools(
        openAIModel().stream({ messages: say(`[sim:fake-tool:${format}] a heron`) }),
        {
          keyPool: keyPool(),
        },
      ),
    );
    expect(parts.filter((part) => part.type === 'text-delta')).toEqual([]);
    expect(parts.filter((part) => part.type === 'tool-call')).toMatchObject([
      { name: 'generate_image', args: { prompt: 'a heron' } },
    ]);
    expect(parts.filter((part) => part.type === 'media-ready')).toHaveLength(1);
    expectOneFinishLast(parts);
  });

  it('[sim:json-example] keeps an ordinary JSON example visible and runs nothing', async () => {
    const parts = await collect(
      streamWithTools(openAIModel().stream({ messages: say('[sim:json-example]') }), {
        keyPool: keyPool(),
      }),
    );
    const text = textOf(parts);
    expect(text).toContain('```json\n{\n  "name": "Ada Lovelace",');
    expect(text).toContain('just {"name": "Ada"}; every');
    expect(parts.some((part) => part.type === 'tool-call')).toBe(false);
    expect(sim.requests.filter((request) => request.endpoint === 'image')).toEqual([]);
  });
});

describe('reasoning and refusals typed by hand', () => {
  it('[sim:think] and [sim:think=tags] both arrive as reasoning, not as text', async () => {
    for (const directive of ['[sim:think]', '[sim:think=tags]']) {
      const parts = await collect(
        openAIModel().stream({ messages: say(`${directive} Why is ice slippery?`) }),
      );
      expect(reasoningOf(parts)).toContain('Why is ice slippery?');
      expect(textOf(parts)).not.toContain('think>');
      expect(textOf(parts)).not.toBe('');
    }
  });

  it('[sim:error=400-unsupported]: the OpenAI adapter asks again without tools', async () => {
    const parts = await collect(
      openAIModel().stream({ messages: say('[sim:error=400-unsupported] hi'), tools: mediaTools }),
    );
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(textOf(parts)).not.toBe('');
    expect(sim.requests.map((r) => (r.body as { tools?: unknown }).tools !== undefined)).toEqual([
      true,
      false,
    ]);
  });

  it.each([
    ['sim-gemini-no-thinking', ['thinking+tools', 'tools']],
    ['sim-gemini-no-tools', ['thinking+tools', 'tools', 'plain']],
  ])('%s: falls back, then skips the known failures next time', async (modelId, levels) => {
    const level = (body: unknown) => {
      const b = body as { generationConfig?: { thinkingConfig?: unknown }; tools?: unknown };
      const thinking = b.generationConfig?.thinkingConfig !== undefined;
      const tools = b.tools !== undefined;
      return thinking && tools
        ? 'thinking+tools'
        : tools
          ? 'tools'
          : thinking
            ? 'thinking'
            : 'plain';
    };
    const model = geminiModel(modelId);
    const request = { messages: say('Hello'), thinking: true, tools: mediaTools };
    const first = await collect(model.stream(request));
    expect(textOf(first)).not.toBe('');
    expect(sim.requests.map((r) => level(r.body))).toEqual(levels);
    sim.reset();
    await collect(model.stream(request));
    expect(sim.requests.map((r) => level(r.body))).toEqual([levels.at(-1)]);
  });
});

describe('failures typed by hand', () => {
  const retry = { retries: 2, backoff: { initialDelayMs: 1, maxDelayMs: 5 } };
  const ask = (content: string) =>
    collect(streamWithRetry(openAIModel(), { messages: say(content) }, retry));

  it('[sim:error=401] is not retried; [sim:error=429] is retried, then reported', async () => {
    const denied = await ask('[sim:error=401]');
    expect(denied.find((part) => part.type === 'error')).toMatchObject({ retryable: false });
    expect(sim.requests).toHaveLength(1);
    sim.reset();
    const limited = await ask('[sim:error=429]');
    expect(limited.find((part) => part.type === 'error')).toMatchObject({ retryable: true });
    expect(sim.requests).toHaveLength(3);
    expectOneFinishLast(limited);
  });

  it('[sim:disconnect-after=3] keeps the text that arrived and ends with one error, no retry', async () => {
    const parts = await ask('[sim:disconnect-after=3] [sim:tokens=20]');
    expect(textOf(parts).split(/\s+/).filter(Boolean)).toHaveLength(3);
    expect(parts.filter((part) => part.type === 'error')).toHaveLength(1);
    expect(sim.requests).toHaveLength(1);
    expectOneFinishLast(parts);
  });
});
