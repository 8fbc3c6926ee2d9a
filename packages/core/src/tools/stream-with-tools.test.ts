import {
  fakeToolCallText,
  startProviderSim,
  type FakeToolCallFormat,
  type ProviderSim,
} from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GoogleLanguageModel } from '../google/google-model.js';
import { FeatureSupportCache } from '../google/feature-levels.js';
import { sniffAudio } from '../media/wav.js';
import { OpenAICompatibleLanguageModel } from '../openai-compatible/openai-compatible-model.js';
import type { StreamPart } from '../stream/stream-part.js';
import {
  allCapabilities,
  collect,
  expectOneFinishLast,
  scriptedModel,
  textOf,
} from '../test-helpers.js';
import { KeyPool } from './key-pool.js';
import { mediaTools } from './media-tools.js';
import { streamChat } from './stream-chat.js';
import { streamWithTools } from './stream-with-tools.js';

const KEY = 'sim-tools-key';
let sim: ProviderSim;

beforeAll(async () => {
  sim = await startProviderSim({ apiKey: KEY });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

const fast = { firstTokenMs: 0, tokensPerSecond: Infinity };
const drawFox = [{ role: 'user' as const, content: 'Draw a fox' }];

function openAIModel(tools = true) {
  return new OpenAICompatibleLanguageModel({
    modelId: 'gpt-sim',
    apiKey: KEY,
    baseUrl: sim.openaiBaseUrl,
    capabilities: { ...allCapabilities, tools },
  });
}

function googleModel() {
  return new GoogleLanguageModel({
    modelId: 'gemini-sim',
    apiKey: KEY,
    baseUrl: sim.geminiBaseUrl,
    capabilities: allCapabilities,
    featureCache: new FeatureSupportCache(),
  });
}

function pool(
  keys: { google?: string; openai?: string; platformGoogle?: string } = { google: KEY },
) {
  return new KeyPool({
    user: {
      ...(keys.google ? { google: { apiKey: keys.google, baseUrl: sim.geminiBaseUrl } } : {}),
      ...(keys.openai ? { openai: { apiKey: keys.openai, baseUrl: sim.openaiBaseUrl } } : {}),
    },
    platform: keys.platformGoogle
      ? { google: { apiKey: keys.platformGoogle, baseUrl: sim.geminiBaseUrl } }
      : {},
  });
}

const mediaReady = (parts: readonly StreamPart[]) =>
  parts.filter(
    (part): part is Extract<StreamPart, { type: 'media-ready' }> => part.type === 'media-ready',
  );

describe('streamWithTools (against the simulator)', () => {
  it('runs a native tool call: media-generating, then media-ready, then one finish', async () => {
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        text: 'Here you go.',
        toolCalls: [
          { name: 'generate_image', arguments: { prompt: 'a fox', aspectRatio: '16:9' } },
        ],
        ...fast,
      },
    });
    const parts = await collect(
      streamWithTools(openAIModel().stream({ messages: drawFox, tools: mediaTools }), {
        keyPool: pool(),
      }),
    );
    expectOneFinishLast(parts);
    expect(parts.map((part) => part.type)).toEqual([
      'text-start',
      'text-delta',
      'text-delta',
      'text-delta',
      'text-end',
      'tool-call',
      'usage',
      'media-generating',
      'media-ready',
      'finish',
    ]);
    const [image] = mediaReady(parts);
    expect(image).toMatchObject({ mediaType: 'image', mimeType: 'image/png', keyOwner: 'user' });
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'tool-calls' });
    const imagen = sim.requests.find((request) => request.endpoint === 'image');
    expect(imagen?.body).toMatchObject({ parameters: { aspectRatio: '16:9' } });
  });

  const formats: FakeToolCallFormat[] = ['tool', 'name', 'function', 'tool_call', 'action'];
  for (const fenced of [false, true]) {
    it.each(formats)(
      `executes a fake "%s" call (${fenced ? 'fenced' : 'raw'}) that never shows`,
      async (format) => {
        const fake = fakeToolCallText(
          format,
          'generate_image',
          { prompt: 'a snowy owl' },
          { fenced },
        );
        sim.script({
          match: { endpoint: 'chat' },
          behaviour: { kind: 'reply', text: `Sure, drawing it now. ${fake}`, ...fast },
        });
        const parts = await collect(
          streamWithTools(openAIModel(false).stream({ messages: drawFox }), { keyPool: pool() }),
        );
        for (const part of parts) {
          if (part.type === 'text-delta') {
            expect(part.delta).not.toContain('{');
            expect(part.delta).not.toContain('`');
          }
        }
        expect(textOf(parts).trim()).toBe('Sure, drawing it now.');
        expect(parts.filter((part) => part.type === 'tool-call')).toEqual([
          {
            type: 'tool-call',
            id: 'fake_call_0',
            name: 'generate_image',
            args: { prompt: 'a snowy owl' },
          },
        ]);
        expect(mediaReady(parts)).toHaveLength(1);
        expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'tool-calls' });
        expect(sim.requests.find((request) => request.endpoint === 'image')?.body).toMatchObject({
          instances: [{ prompt: 'a snowy owl' }],
        });
      },
    );
  }

  it('speaks with Gemini TTS through a Gemini model and hands back a playable WAV', async () => {
    sim.script({
      match: { protocol: 'gemini', endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        toolCalls: [{ name: 'generate_tts', arguments: { text: 'Good night', voice: 'Charon' } }],
        ...fast,
      },
    });
    const parts = await collect(
      streamWithTools(googleModel().stream({ messages: drawFox, tools: mediaTools }), {
        keyPool: pool(),
      }),
    );
    const [audio] = mediaReady(parts);
    expect(audio?.mimeType).toBe('audio/wav');
    expect(audio && sniffAudio(audio.bytes)).toBe('wav');
    const speech = sim.requests.find((request) => request.endpoint === 'speech');
    expect(JSON.stringify(speech?.body)).toContain('Charon');
  });

  it('generates a video with fast polling', async () => {
    sim.script(
      {
        match: { endpoint: 'chat' },
        behaviour: {
          kind: 'reply',
          toolCalls: [{ name: 'generate_video', arguments: { prompt: 'rain' } }],
          ...fast,
        },
      },
      { match: { endpoint: 'video' }, behaviour: { kind: 'video', pollsUntilDone: 2 } },
    );
    const parts = await collect(
      streamWithTools(openAIModel().stream({ messages: drawFox, tools: mediaTools }), {
        keyPool: pool(),
        video: { pollIntervalMs: 5 },
      }),
    );
    expect(parts.find((part) => part.type === 'media-generating')).toMatchObject({
      mediaType: 'video',
    });
    expect(mediaReady(parts)[0]).toMatchObject({ mediaType: 'video', mimeType: 'video/mp4' });
  });

  it('loads a lazy key pool only when a tool runs, and once per answer', async () => {
    let loads = 0;
    const lazy = () => {
      loads += 1;
      return Promise.resolve(pool());
    };
    sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'Hi!', ...fast } });
    await collect(streamWithTools(openAIModel().stream({ messages: drawFox }), { keyPool: lazy }));
    expect(loads).toBe(0);

    const draw = (prompt: string) => ({ name: 'generate_image', arguments: { prompt } });
    sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', toolCalls: [draw('a fox'), draw('an owl')], ...fast },
    });
    const parts = await collect(
      streamWithTools(openAIModel().stream({ messages: drawFox }), { keyPool: lazy }),
    );
    expect(mediaReady(parts)).toHaveLength(2);
    expect(loads).toBe(1);
  });

  it("falls back to the platform's key when the user's key is refused", async () => {
    const model = scriptedModel([
      [
        { type: 'tool-call', id: 'c1', name: 'generate_image', args: { prompt: 'a boat' } },
        { type: 'finish', reason: 'tool-calls' },
      ],
    ]);
    const parts = await collect(
      streamWithTools(model.stream({ messages: drawFox }), {
        keyPool: pool({ google: 'user-key-that-is-wrong', platformGoogle: KEY }),
      }),
    );
    expect(mediaReady(parts)[0]).toMatchObject({ keyOwner: 'platform', toolCallId: 'c1' });
    expect(parts.some((part) => part.type === 'error')).toBe(false);
  });

  it('uses OpenAI images when there is no Google key', async () => {
    const model = scriptedModel([
      [
        {
          type: 'tool-call',
          id: 'c1',
          name: 'generate_image',
          args: { prompt: 'a boat', aspectRatio: '9:16' },
        },
        { type: 'finish', reason: 'tool-calls' },
      ],
    ]);
    const parts = await collect(
      streamWithTools(model.stream({ messages: drawFox }), { keyPool: pool({ openai: KEY }) }),
    );
    expect(mediaReady(parts)).toHaveLength(1);
    expect(sim.requests.find((request) => request.endpoint === 'image')?.body).toMatchObject({
      size: '1024x1536',
    });
  });

  it('reports a readable error when no key can make the media, and still finishes once', async () => {
    const model = scriptedModel([
      [
        { type: 'tool-call', id: 'c1', name: 'generate_video', args: { prompt: 'x' } },
        { type: 'finish', reason: 'tool-calls' },
      ],
    ]);
    const parts = await collect(
      streamWithTools(model.stream({ messages: drawFox }), { keyPool: pool({ openai: KEY }) }),
    );
    expect(parts.find((part) => part.type === 'error')).toEqual({
      type: 'error',
      code: 'TOOL_UNAVAILABLE',
      message: 'Could not generate the video: Video generation needs a Google API key.',
      retryable: false,
    });
    expectOneFinishLast(parts);
  });

  it('passes calls of unknown tools on without running anything', async () => {
    const model = scriptedModel([
      [
        { type: 'tool-call', id: 'c1', name: 'web_search', args: { q: 'x' } },
        { type: 'finish', reason: 'tool-calls' },
      ],
    ]);
    const parts = await collect(
      streamWithTools(model.stream({ messages: drawFox }), { keyPool: pool() }),
    );
    expect(parts).toEqual([
      { type: 'tool-call', id: 'c1', name: 'web_search', args: { q: 'x' } },
      { type: 'finish', reason: 'tool-calls' },
    ]);
    expect(sim.requests).toHaveLength(0);
  });

  it('stops a running tool when aborted and finishes as aborted', async () => {
    sim.script({ match: { endpoint: 'image' }, behaviour: { kind: 'hang' } });
    const controller = new AbortController();
    const model = scriptedModel([
      [
        { type: 'tool-call', id: 'c1', name: 'generate_image', args: { prompt: 'slow' } },
        { type: 'finish', reason: 'tool-calls' },
      ],
    ]);
    const running = collect(
      streamWithTools(model.stream({ messages: drawFox }), {
        keyPool: pool(),
        abortSignal: controller.signal,
      }),
    );
    await expect.poll(() => sim.openConnections()).toBe(1);
    controller.abort();
    const parts = await running;
    expect(parts.map((part) => part.type)).toEqual(['tool-call', 'media-generating', 'finish']);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'aborted' });
    expectOneFinishLast(parts);
    await sim.waitForIdle();
    expect(sim.requests[0]?.state).toBe('closed-by-client');
  });
});

describe('streamChat', () => {
  it('offers the media tools, and turns "draw …" into an image end to end', async () => {
    const parts = await collect(
      streamChat(openAIModel(), {
        messages: [{ role: 'user', content: 'Draw a lighthouse at night' }],
        toolRun: { keyPool: pool() },
      }),
    );
    expect(mediaReady(parts)).toHaveLength(1);
    expectOneFinishLast(parts);
    const chat = sim.requests.find((request) => request.endpoint === 'chat');
    expect((chat?.body as { tools?: unknown[] }).tools).toHaveLength(3);
  });
});
