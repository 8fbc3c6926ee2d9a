import { startProviderSim, SIM_MESSAGES, type ProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { streamWithRetry } from '../stream/stream-with-retry.js';
import type { StreamPart } from '../stream/stream-part.js';
import {
  allCapabilities,
  collect,
  expectOneFinishLast,
  reasoningOf,
  textOf,
} from '../test-helpers.js';
import { mediaTools } from '../tools/media-tools.js';
import { OpenAICompatibleLanguageModel } from './openai-compatible-model.js';
import { openAICompatiblePresets } from './provider-presets.js';

const API_KEY = 'sim-openai-key';
let sim: ProviderSim;

beforeAll(async () => {
  sim = await startProviderSim({ apiKey: API_KEY });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

function model(
  overrides: { apiKey?: string; capabilities?: Partial<typeof allCapabilities> } = {},
) {
  return new OpenAICompatibleLanguageModel({
    modelId: 'gpt-sim',
    apiKey: overrides.apiKey ?? API_KEY,
    baseUrl: sim.openaiBaseUrl,
    // The simulator speaks OpenAI itself, so it gets OpenAI's quirks.
    preset: { ...openAICompatiblePresets.openai, baseUrl: sim.openaiBaseUrl },
    capabilities: { ...allCapabilities, ...overrides.capabilities },
  });
}

const hi = [{ role: 'user' as const, content: 'Hi' }];
const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };

describe('OpenAI-compatible adapter (against the simulator)', () => {
  it('streams text and field reasoning as blocks, with usage and one finish', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', reasoning: 'Two plus two.', text: 'It is four.', ...fast },
    });
    const parts = await collect(model().stream({ messages: hi, thinking: true }));
    expectOneFinishLast(parts);
    expect(reasoningOf(parts)).toBe('Two plus two.');
    expect(textOf(parts)).toBe('It is four.');
    const types = parts.map((part) => part.type);
    expect(types.indexOf('reasoning-end')).toBeLessThan(types.indexOf('text-start'));
    expect(parts.find((part) => part.type === 'usage')).toMatchObject({ type: 'usage' });
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    const body = sim.requests[0]?.body as Record<string, unknown>;
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(body.reasoning_effort).toBe('medium');
  });

  it('splits <think> blocks out of the content, even with tags cut across chunks', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        text: ['<thi', 'nk>Let me ', 'check.</th', 'ink>', '\n\nAll ', 'good.'],
        ...fast,
      },
    });
    const parts = await collect(model().stream({ messages: hi }));
    expect(reasoningOf(parts)).toBe('Let me check.');
    expect(textOf(parts)).toBe('All good.');
    expectOneFinishLast(parts);
  });

  it("takes the simulator's think-tag reasoning format apart", async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        reasoning: 'Pondering deeply',
        reasoningFormat: 'think-tags',
        text: 'Done.',
        ...fast,
      },
    });
    const parts = await collect(model().stream({ messages: hi, thinking: true }));
    expect(reasoningOf(parts).trim()).toBe('Pondering deeply');
    expect(textOf(parts)).toBe('Done.');
  });

  it('accumulates streamed tool-call fragments into complete calls', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        toolCalls: [
          {
            name: 'generate_image',
            arguments: { prompt: 'a red fox', aspectRatio: '16:9' },
            fragments: 5,
          },
          { name: 'generate_tts', arguments: { text: 'Hello there' }, id: 'call_tts' },
        ],
        ...fast,
      },
    });
    const parts = await collect(model().stream({ messages: hi, tools: mediaTools }));
    const calls = parts.filter((part) => part.type === 'tool-call');
    expect(calls).toEqual([
      {
        type: 'tool-call',
        id: expect.any(String),
        name: 'generate_image',
        args: { prompt: 'a red fox', aspectRatio: '16:9' },
      },
      { type: 'tool-call', id: 'call_tts', name: 'generate_tts', args: { text: 'Hello there' } },
    ]);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'tool-calls' });
    const body = sim.requests[0]?.body as { tools?: { function: { name: string } }[] };
    expect(body.tools?.map((tool) => tool.function.name)).toEqual([
      'generate_image',
      'generate_tts',
      'generate_video',
    ]);
  });

  it('asks again without tools when the model rejects them', async () => {
    sim.script(
      { match: { endpoint: 'chat' }, behaviour: { kind: 'unsupported', features: ['tools'] } },
      { match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'Plain answer.', ...fast } },
    );
    const parts = await collect(model().stream({ messages: hi, tools: mediaTools }));
    expect(textOf(parts)).toBe('Plain answer.');
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(sim.requests).toHaveLength(2);
    expect((sim.requests[0]?.body as { tools?: unknown }).tools).toBeDefined();
    expect((sim.requests[1]?.body as { tools?: unknown }).tools).toBeUndefined();
    expect(SIM_MESSAGES.openaiToolsUnsupported).toContain('not supported');
  });

  it('does not offer tools to a model without tool support', async () => {
    sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'ok', ...fast } });
    await collect(
      model({ capabilities: { tools: false } }).stream({ messages: hi, tools: mediaTools }),
    );
    expect((sim.requests[0]?.body as { tools?: unknown }).tools).toBeUndefined();
  });

  it('retries a 503 that came before any output, then streams the answer', async () => {
    sim.script(
      { match: { endpoint: 'chat' }, behaviour: { kind: 'error', status: 503 } },
      { match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'Recovered.', ...fast } },
    );
    const parts = await collect(
      streamWithRetry(
        model(),
        { messages: hi },
        { retries: 2, backoff: { initialDelayMs: 1, maxDelayMs: 1 } },
      ),
    );
    expect(textOf(parts)).toBe('Recovered.');
    expect(parts.some((part) => part.type === 'error')).toBe(false);
    expect(sim.requests).toHaveLength(2);
    expectOneFinishLast(parts);
  });

  it('does not retry a failure after the first chunk: the error part follows the text', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        text: ['Hello', ' there', ' friend'],
        disconnectAfterChunks: 1,
        ...fast,
      },
    });
    const parts = await collect(
      streamWithRetry(
        model(),
        { messages: hi },
        { retries: 2, backoff: { initialDelayMs: 1, maxDelayMs: 1 } },
      ),
    );
    expect(textOf(parts)).toBe('Hello');
    const error = parts.find(
      (part): part is Extract<StreamPart, { type: 'error' }> => part.type === 'error',
    );
    expect(error).toMatchObject({ code: 'PROVIDER_NETWORK', retryable: true });
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'error' });
    expect(sim.requests).toHaveLength(1);
    expectOneFinishLast(parts);
  });

  it('does not retry a 401 and never shows the key', async () => {
    const parts = await collect(
      streamWithRetry(
        model({ apiKey: 'sk-wrong-key-1234567890' }),
        { messages: hi },
        { retries: 3 },
      ),
    );
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({
      type: 'error',
      code: 'PROVIDER_AUTH',
      status: 401,
      retryable: false,
    });
    expect(JSON.stringify(parts)).not.toContain('sk-wrong-key-1234567890');
    expect(sim.requests).toHaveLength(1);
  });

  it('carries the abort signal to the HTTP request: the simulator sees the connection close', async () => {
    sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'hang', afterHeaders: true } });
    const controller = new AbortController();
    const stream = model().stream({ messages: hi, abortSignal: controller.signal });
    const pending = collect(stream);
    await expect.poll(() => sim.openConnections()).toBe(1);
    controller.abort();
    const parts = await pending;
    expect(parts).toEqual([{ type: 'finish', reason: 'aborted' }]);
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });

  it('closes the connection when the consumer stops reading early', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: ['one', ' two'], hangAfterChunks: 1, ...fast },
    });
    for await (const part of model().stream({ messages: hi })) {
      if (part.type === 'text-delta') break;
    }
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });

  it('maps the finish reason for a truncated answer', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: 'Cut', finishReason: 'length', ...fast },
    });
    const parts = await collect(model().stream({ messages: hi, maxTokens: 5 }));
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'length' });
    expect((sim.requests[0]?.body as Record<string, unknown>).max_completion_tokens).toBe(5);
  });
});
