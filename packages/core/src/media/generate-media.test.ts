import { startProviderSim, type ProviderSim } from '@enox/provider-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../stream/provider-error.js';
import { generateImage } from './generate-image.js';
import { generateSpeech } from './generate-speech.js';
import { generateVideo } from './generate-video.js';
import type { MediaTarget } from './media-target.js';
import { sniffAudio } from './wav.js';

const API_KEY = 'sim-media-key';
let sim: ProviderSim;
let google: MediaTarget;
let openai: MediaTarget;

beforeAll(async () => {
  sim = await startProviderSim({ apiKey: API_KEY });
  google = { kind: 'google', apiKey: API_KEY, baseUrl: sim.geminiBaseUrl };
  openai = { kind: 'openai-compatible', apiKey: API_KEY, baseUrl: sim.openaiBaseUrl };
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => sim.reset());

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const bodyOf = (index = 0) => (sim.requests[index]?.body ?? {}) as Record<string, unknown>;

describe('generateImage', () => {
  it('asks Imagen for the aspect ratio and returns the PNG', async () => {
    const image = await generateImage(google, { prompt: 'a lighthouse', aspectRatio: '16:9' });
    expect(image.mediaType).toBe('image');
    expect(image.mimeType).toBe('image/png');
    const { width, height } = pngSize(image.bytes);
    expect(width).toBeGreaterThan(height);
    expect(sim.requests[0]?.path).toMatch(/imagen-4\.0-generate-001:predict$/);
    expect(bodyOf().parameters).toMatchObject({ aspectRatio: '16:9', sampleCount: 1 });
  });

  it.each([
    ['gpt-image-1', '9:16', '1024x1536'],
    ['gpt-image-1', '4:3', '1536x1024'],
    ['dall-e-3', '16:9', '1792x1024'],
  ] as const)(
    'asks OpenAI %s for the size that fits %s (%s)',
    async (modelId, aspectRatio, size) => {
      const image = await generateImage({ ...openai, modelId }, { prompt: 'a fox', aspectRatio });
      expect(image.mimeType).toBe('image/png');
      expect(bodyOf()).toMatchObject({ model: modelId, size, n: 1 });
      // The simulator draws small images in the asked-for proportions.
      const [width = 0, height = 0] = size.split('x').map(Number);
      const actual = pngSize(image.bytes);
      expect(actual.width / actual.height).toBeCloseTo(width / height, 1);
    },
  );

  it('throws a ProviderError without the key when the provider refuses', async () => {
    const error = await generateImage(
      { ...google, apiKey: 'AIzaWrongKey1234567890abcdefg' },
      { prompt: 'x' },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'PROVIDER_AUTH', retryable: false });
    expect((error as Error).message).not.toContain('AIzaWrongKey');
  });
});

describe('generateSpeech', () => {
  it('wraps Gemini TTS PCM into a WAV with the right header', async () => {
    const audio = await generateSpeech(google, { text: 'Hello world', voice: 'Puck' });
    expect(audio.mimeType).toBe('audio/wav');
    expect(sniffAudio(audio.bytes)).toBe('wav');
    const view = new DataView(audio.bytes.buffer, audio.bytes.byteOffset, audio.bytes.byteLength);
    expect(view.getUint32(24, true)).toBe(24_000); // the rate= of audio/L16;codec=pcm;rate=24000
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(audio.bytes.byteLength - 44);
    expect(view.getUint32(4, true)).toBe(audio.bytes.byteLength - 8);
    const config = bodyOf().generationConfig as Record<string, unknown>;
    expect(config.responseModalities).toEqual(['AUDIO']);
    expect(JSON.stringify(config.speechConfig)).toContain('"voiceName":"Puck"');
  });

  it('passes OpenAI MP3 through untouched and maps a Google voice to an OpenAI one', async () => {
    const audio = await generateSpeech(openai, { text: 'Hi', voice: 'Kore' });
    expect(audio.mimeType).toBe('audio/mpeg');
    expect(sniffAudio(audio.bytes)).toBe('mp3');
    expect(bodyOf()).toMatchObject({ voice: 'alloy', input: 'Hi', response_format: 'mp3' });
  });
});

describe('generateVideo', () => {
  it('polls the Veo operation until done, then downloads the video', async () => {
    sim.script({ match: { endpoint: 'video' }, behaviour: { kind: 'video', pollsUntilDone: 3 } });
    const video = await generateVideo(google, {
      prompt: 'waves at dusk',
      aspectRatio: '9:16',
      pollIntervalMs: 5,
    });
    expect(video.mediaType).toBe('video');
    expect(video.mimeType).toBe('video/mp4');
    expect(video.bytes.byteLength).toBeGreaterThan(0);
    const endpoints = sim.requests.map((request) => request.endpoint);
    expect(endpoints.filter((endpoint) => endpoint === 'operation')).toHaveLength(4);
    expect(endpoints.at(-1)).toBe('file');
    expect(bodyOf().parameters).toMatchObject({ aspectRatio: '9:16' });
  });

  it('gives up after the timeout', async () => {
    sim.script({
      match: { endpoint: 'video' },
      behaviour: { kind: 'video', pollsUntilDone: 1000 },
    });
    const error = await generateVideo(google, {
      prompt: 'x',
      pollIntervalMs: 5,
      timeoutMs: 40,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'PROVIDER_TIMEOUT' });
  });

  it('reports an operation that ended in an error', async () => {
    sim.script({
      match: { endpoint: 'video' },
      behaviour: {
        kind: 'video',
        failWith: { code: 400, message: 'Prompt rejected by safety filters' },
      },
    });
    await expect(generateVideo(google, { prompt: 'x', pollIntervalMs: 5 })).rejects.toThrow(
      'Prompt rejected by safety filters',
    );
  });

  it('stops polling when aborted', async () => {
    sim.script({
      match: { endpoint: 'video' },
      behaviour: { kind: 'video', pollsUntilDone: 1000 },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(
      generateVideo(google, { prompt: 'x', pollIntervalMs: 5, abortSignal: controller.signal }),
    ).rejects.toThrow();
    // A poll sent just before the abort may still land; after that, nothing more
    // (at a 5 ms interval, polling on would add about 20 requests in 100 ms).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const polls = sim.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.requests.length).toBe(polls);
  });

  it('needs a Google provider', async () => {
    await expect(generateVideo(openai, { prompt: 'x' })).rejects.toMatchObject({
      code: 'TOOL_UNAVAILABLE',
    });
  });
});
