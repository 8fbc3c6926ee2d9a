import type { ImageAspectRatio } from './aspect-ratio.js';

/**
 * OpenAI image sizes for an aspect ratio. OpenAI only offers a square, a landscape and a
 * portrait size, so 4:3 and 3:4 get the nearest of those:
 *
 * | aspect    | gpt-image-* (default) | dall-e-3  | dall-e-2  |
 * |-----------|-----------------------|-----------|-----------|
 * | 1:1       | 1024x1024             | 1024x1024 | 1024x1024 |
 * | 16:9, 4:3 | 1536x1024             | 1792x1024 | 1024x1024 |
 * | 9:16, 3:4 | 1024x1536             | 1024x1792 | 1024x1024 |
 */
export function openAIImageSize(modelId: string, aspectRatio: ImageAspectRatio): string {
  const shape =
    aspectRatio === '1:1'
      ? 'square'
      : aspectRatio === '16:9' || aspectRatio === '4:3'
        ? 'landscape'
        : 'portrait';
  if (modelId.startsWith('dall-e-2')) return '1024x1024';
  if (modelId.startsWith('dall-e-3')) {
    return { square: '1024x1024', landscape: '1792x1024', portrait: '1024x1792' }[shape];
  }
  return { square: '1024x1024', landscape: '1536x1024', portrait: '1024x1536' }[shape];
}
