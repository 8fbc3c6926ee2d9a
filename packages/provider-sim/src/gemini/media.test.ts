import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GenerateVideosOperation } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, useSim } from '../test-clients.js';

const { sim, gemini } = await useSim();

/** Imagen and Veo are plain REST calls: @google/genai 3.1 keeps them to Vertex. */
async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${sim.geminiBaseUrl}/v1beta/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': TEST_KEY },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Imagen predict', () => {
  it('returns one PNG per sample, shaped by the aspect ratio', async () => {
    const result = await post('models/imagen-4.0-generate-001:predict', {
      instances: [{ prompt: 'a lighthouse' }],
      parameters: { sampleCount: 2, aspectRatio: '16:9' },
    });
    const predictions = result.predictions as { bytesBase64Encoded: string; mimeType: string }[];
    expect(predictions).toHaveLength(2);
    for (const p of predictions) {
      const png = Buffer.from(p.bytesBase64Encoded, 'base64');
      expect(p.mimeType).toBe('image/png');
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png)).toEqual({ width: 114, height: 64 });
    }
    expect(sim.requests[0]).toMatchObject({ endpoint: 'image', model: 'imagen-4.0-generate-001' });
  });

  it('makes portrait images for 9:16', async () => {
    const result = await post('models/imagen:predict', {
      instances: [{ prompt: 'a tower' }],
      parameters: { aspectRatio: '9:16' },
    });
    const [first] = result.predictions as { bytesBase64Encoded: string }[];
    expect(pngSize(Buffer.from(first?.bytesBase64Encoded ?? '', 'base64'))).toEqual({
      width: 64,
      height: 114,
    });
  });
});

describe('Veo long-running operations', () => {
  it('is polled to completion with the SDK, then the video is downloaded', async () => {
    sim.script({ behaviour: { kind: 'video', pollsUntilDone: 2 } });
    const started = await post('models/veo-3.0-generate-001:predictLongRunning', {
      instances: [{ prompt: 'waves at night' }],
      parameters: { aspectRatio: '16:9' },
    });
    expect(started.name).toMatch(/^models\/veo-3\.0-generate-001\/operations\/\w+$/);
    let operation: GenerateVideosOperation = Object.assign(new GenerateVideosOperation(), {
      name: started.name as string,
    });
    let polls = 0;
    while (!operation.done) {
      operation = await gemini.operations.getVideosOperation({ operation });
      polls += 1;
    }
    expect(polls).toBe(3);
    const uri = operation.response?.generatedVideos?.[0]?.video?.uri ?? '';
    expect(uri).toMatch(/\/files\/\w+:download\?alt=media$/);

    const response = await fetch(uri, { headers: { 'x-goog-api-key': TEST_KEY } });
    expect(response.headers.get('content-type')).toBe('video/mp4');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(4, 8).toString('ascii')).toBe('ftyp');

    const dir = await mkdtemp(join(tmpdir(), 'sim-veo-'));
    const id = /files\/(\w+):/.exec(uri)?.[1];
    await gemini.files.download({ file: `files/${id}`, downloadPath: join(dir, 'v.mp4') });
    expect(await readFile(join(dir, 'v.mp4'))).toEqual(bytes);
  });

  it('can end an operation with an error', async () => {
    sim.script({ behaviour: { kind: 'video', failWith: { code: 3, message: 'unsafe prompt' } } });
    const started = await post('models/veo:predictLongRunning', { instances: [{ prompt: 'x' }] });
    const operation = await gemini.operations.getVideosOperation({
      operation: Object.assign(new GenerateVideosOperation(), { name: started.name as string }),
    });
    expect(operation.done).toBe(true);
    expect(operation.error).toEqual({ code: 3, message: 'unsafe prompt' });
  });
});

describe('Gemini TTS', () => {
  it('answers AUDIO requests with raw 24 kHz PCM inlineData', async () => {
    const response = await gemini.models.generateContent({
      model: 'gemini-2.5-flash-preview-tts',
      contents: 'Say cheerfully: have a wonderful day!',
      config: {
        responseModalities: ['AUDIO'],
        speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Puck' } } },
      },
    });
    const inline = response.candidates?.[0]?.content?.parts?.[0]?.inlineData;
    expect(inline?.mimeType).toBe('audio/L16;codec=pcm;rate=24000');
    const pcm = Buffer.from(inline?.data ?? '', 'base64');
    expect(pcm.length % 2).toBe(0);
    expect(pcm.length).toBeGreaterThan(24000 * 2 * 0.25 - 2);
    expect(pcm.subarray(0, 4).toString('ascii')).not.toBe('RIFF');
    expect(sim.requests[0]?.endpoint).toBe('speech');
  });
});
