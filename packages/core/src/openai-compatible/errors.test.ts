import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { isToolsUnsupportedError, toErrorPart } from './errors.js';

const apiError = (status: number, message: string) =>
  APIError.generate(status, { error: { message } }, undefined, new Headers());

describe('OpenAI-compatible errors', () => {
  it('marks 408/409/429/5xx and network failures retryable, others not', () => {
    expect(toErrorPart(apiError(429, 'slow down'))).toMatchObject({
      code: 'PROVIDER_RATE_LIMITED',
      status: 429,
      retryable: true,
      message: 'slow down',
    });
    expect(toErrorPart(apiError(503, 'overloaded')).retryable).toBe(true);
    expect(toErrorPart(apiError(408, 'timeout')).retryable).toBe(true);
    expect(toErrorPart(apiError(409, 'conflict')).retryable).toBe(true);
    expect(toErrorPart(apiError(401, 'bad key')).retryable).toBe(false);
    expect(toErrorPart(apiError(400, 'bad request')).retryable).toBe(false);
    expect(toErrorPart(new APIConnectionError({ message: 'Connection error.' }))).toMatchObject({
      code: 'PROVIDER_NETWORK',
      retryable: true,
    });
  });

  it('never repeats the key in the message', () => {
    const part = toErrorPart(apiError(401, 'Incorrect API key provided: user-key-0123456789'), [
      'user-key-0123456789',
    ]);
    expect(part.message).not.toContain('user-key-0123456789');
  });

  it('recognises "tools not supported" rejections from several servers', () => {
    expect(
      isToolsUnsupportedError(
        apiError(400, 'registry.ollama.ai/library/gemma does not support tools'),
      ),
    ).toBe(true);
    expect(
      isToolsUnsupportedError(apiError(404, 'No endpoints found that support tool use.')),
    ).toBe(true);
    expect(
      isToolsUnsupportedError(apiError(400, 'Tool calling is not supported for this model')),
    ).toBe(true);
    expect(isToolsUnsupportedError(apiError(400, 'max_tokens is too large'))).toBe(false);
    expect(isToolsUnsupportedError(apiError(429, 'tools not supported'))).toBe(false);
  });
});
