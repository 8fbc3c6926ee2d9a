import { ApiError } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { isUnsupportedFeatureError, toErrorPart } from './errors.js';

const apiError = (status: number, message: string) =>
  new ApiError({
    status,
    message: JSON.stringify({ error: { code: status, message, status: 'X' } }),
  });

describe('Gemini errors', () => {
  it('only treats feature rejections as reasons to fall back', () => {
    expect(
      isUnsupportedFeatureError(apiError(400, 'Thinking is not enabled for models/gemini-1.5-pro')),
    ).toBe(true);
    expect(
      isUnsupportedFeatureError(apiError(400, 'Function calling is not enabled for this model')),
    ).toBe(true);
    expect(
      isUnsupportedFeatureError(apiError(400, 'API key not valid. Please pass a valid API key.')),
    ).toBe(false);
    expect(isUnsupportedFeatureError(apiError(429, 'Tools quota exceeded'))).toBe(false);
    expect(isUnsupportedFeatureError(apiError(403, 'Permission denied'))).toBe(false);
  });

  it('reads the message out of the JSON body and classifies wrong keys as auth errors', () => {
    expect(toErrorPart(apiError(429, 'Resource has been exhausted'))).toEqual({
      type: 'error',
      code: 'PROVIDER_RATE_LIMITED',
      message: 'Resource has been exhausted',
      status: 429,
      retryable: true,
    });
    expect(
      toErrorPart(apiError(400, 'API key not valid. Please pass a valid API key.')),
    ).toMatchObject({
      code: 'PROVIDER_AUTH',
      retryable: false,
    });
  });
});
