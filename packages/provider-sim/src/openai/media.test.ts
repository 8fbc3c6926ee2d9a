import { describe, expect, it } from 'vitest';
import { useSim } from '../test-clients.js';

const { sim, openai } = await useSim();

describe('OpenAI images', () => {
  it('returns b64_json PNGs sized after the requested size', async () => {
    const result = await openai.images.generate({
      model: 'dall-e-3',
      prompt: 'a fox',
      size: '1792x1024',
      response_format: 'b64_json',
    });
    const png = Buffer.from(result.data?.[0]?.b64_json ?? '', 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([112, 64]);
  });

  it('serves the image at a URL when response_format is url', async () => {
    const result = await openai.images.generate({
      model: 'dall-e-3',
      prompt: 'a fox',
      response_format: 'url',
    });
    const response = await fetch(result.data?.[0]?.url ?? '');
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('draws the same image for the same prompt and another for another prompt', async () => {
    const image = async (prompt: string) =>
      (await openai.images.generate({ model: 'm', prompt })).data?.[0]?.b64_json;
    expect(await image('a cat')).toBe(await image('a cat'));
    expect(await image('a cat')).not.toBe(await image('a dog'));
  });
});

describe('OpenAI speech', () => {
  const speak = (response_format: 'wav' | 'mp3' | 'pcm') =>
    openai.audio.speech.create({
      model: 'tts-1',
      voice: 'alloy',
      input: 'Hello there',
      response_format,
    });

  it('returns a WAV file for wav', async () => {
    const response = await speak('wav');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(bytes.readUInt32LE(24)).toBe(24000);
  });

  it('returns MPEG audio frames for mp3', async () => {
    const response = await speak('mp3');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(bytes[0]).toBe(0xff);
    expect((bytes[1] ?? 0) & 0xe0).toBe(0xe0);
    expect(bytes.length % 417).toBe(0);
  });

  it('can take a scripted generation time and error', async () => {
    sim.script({ match: { endpoint: 'speech' }, behaviour: { kind: 'error', status: 500 } });
    await expect(speak('pcm')).rejects.toMatchObject({ status: 500 });
    sim.script({ match: { endpoint: 'speech' }, behaviour: { kind: 'media', latencyMs: 60 } });
    const started = performance.now();
    await speak('pcm');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('OpenAI models', () => {
  it('lists the simulated OpenAI models', async () => {
    const page = await openai.models.list();
    expect(page.data.map((m) => m.id)).toContain('sim-chat');
    expect(sim.requests[0]?.endpoint).toBe('models');
  });
});
