import { describe, expect, it } from 'vitest';
import { mediaToolName, parseMediaToolCall } from './media-tool-call.js';

describe('parseMediaToolCall', () => {
  it('validates and normalises the arguments', () => {
    expect(
      parseMediaToolCall('c1', 'generate_image', { prompt: ' a cat ', aspect_ratio: '16x9' }),
    ).toEqual({
      call: { id: 'c1', tool: 'generate_image', prompt: 'a cat', aspectRatio: '16:9' },
    });
    expect(parseMediaToolCall('c2', 'generate_tts', { input: 'Hello', voice: 'Kore' })).toEqual({
      call: { id: 'c2', tool: 'generate_tts', text: 'Hello', voice: 'Kore' },
    });
    expect(
      parseMediaToolCall('c3', 'generate_video', { prompt: 'waves', aspectRatio: '4:3' }),
    ).toEqual({
      call: { id: 'c3', tool: 'generate_video', prompt: 'waves' },
    });
  });

  it('explains what is missing', () => {
    expect(parseMediaToolCall('c', 'generate_image', {})).toEqual({
      error: 'The image request had no prompt.',
    });
    expect(parseMediaToolCall('c', 'generate_tts', { voice: 'Kore' })).toEqual({
      error: 'The speech request had no text to speak.',
    });
  });
});

describe('mediaToolName', () => {
  it('knows the tools under the names models make up for them', () => {
    expect(mediaToolName('generate_image')).toBe('generate_image');
    expect(mediaToolName('dalle.text2im')).toBe('generate_image');
    expect(mediaToolName('text-to-speech')).toBe('generate_tts');
    expect(mediaToolName('functions.generate_video')).toBe('generate_video');
    expect(mediaToolName('web_search')).toBeUndefined();
  });
});
