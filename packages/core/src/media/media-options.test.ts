import { describe, expect, it } from 'vitest';
import { IMAGE_ASPECT_RATIOS, parseAspectRatio, VIDEO_ASPECT_RATIOS } from './aspect-ratio.js';
import { openAIImageSize } from './image-size.js';
import { GOOGLE_VOICES, OPENAI_VOICES, resolveVoice } from './voices.js';

describe('openAIImageSize', () => {
  it('maps aspect ratios to the sizes each OpenAI image model supports', () => {
    expect(IMAGE_ASPECT_RATIOS.map((ratio) => openAIImageSize('gpt-image-1', ratio))).toEqual([
      '1024x1024',
      '1536x1024',
      '1024x1536',
      '1536x1024',
      '1024x1536',
    ]);
    expect(IMAGE_ASPECT_RATIOS.map((ratio) => openAIImageSize('dall-e-3', ratio))).toEqual([
      '1024x1024',
      '1792x1024',
      '1024x1792',
      '1792x1024',
      '1024x1792',
    ]);
    expect(openAIImageSize('dall-e-2', '16:9')).toBe('1024x1024');
  });
});

describe('parseAspectRatio', () => {
  it('accepts the usual spellings and rejects ratios the target does not offer', () => {
    expect(parseAspectRatio('16x9', IMAGE_ASPECT_RATIOS)).toBe('16:9');
    expect(parseAspectRatio('portrait', VIDEO_ASPECT_RATIOS)).toBe('9:16');
    expect(parseAspectRatio('4:3', VIDEO_ASPECT_RATIOS)).toBeUndefined();
    expect(parseAspectRatio(42, IMAGE_ASPECT_RATIOS)).toBeUndefined();
  });
});

describe('voices', () => {
  it('offers the 8 Google and 6 OpenAI voices', () => {
    expect(GOOGLE_VOICES).toEqual([
      'Kore',
      'Charon',
      'Fenrir',
      'Aoede',
      'Puck',
      'Leda',
      'Orus',
      'Zephyr',
    ]);
    expect(OPENAI_VOICES).toEqual(['alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer']);
  });

  it("falls back to the provider's default for another provider's voice", () => {
    expect(resolveVoice('google', 'puck')).toBe('Puck');
    expect(resolveVoice('google', 'nova')).toBe('Kore');
    expect(resolveVoice('openai', 'Kore')).toBe('alloy');
    expect(resolveVoice('openai', undefined)).toBe('alloy');
  });
});
