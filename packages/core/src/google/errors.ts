import { ApiError } from '@google/genai';
import { isRecord, tryParseJson } from '../shared/is-record.js';
import { redactSecrets } from '../shared/redact-secrets.js';
import { httpErrorPart, isNetworkError, networkErrorPart } from '../stream/provider-error.js';
import type { ErrorPart } from '../stream/stream-part.js';

/** The SDK puts the whole JSON error body in `message`; people need only its `message`. */
export function googleErrorMessage(error: Error): string {
  const body = tryParseJson(error.message);
  if (isRecord(body) && isRecord(body.error) && typeof body.error.message === 'string') {
    return body.error.message;
  }
  return error.message;
}

export function toErrorPart(error: unknown, secrets: readonly string[] = []): ErrorPart {
  if (error instanceof ApiError) {
    const message = redactSecrets(googleErrorMessage(error), secrets);
    // Gemini answers a wrong key with 400 INVALID_ARGUMENT; it is an auth failure all the same.
    if (
      error.status === 400 &&
      /api key/i.test(message) &&
      /invalid|not valid|expired/i.test(message)
    ) {
      return { type: 'error', code: 'PROVIDER_AUTH', message, status: 400, retryable: false };
    }
    return httpErrorPart(error.status, message);
  }
  if (isNetworkError(error))
    return networkErrorPart('Could not reach the provider. Please try again.');
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: 'error',
    code: 'PROVIDER_ERROR',
    message: redactSecrets(message, secrets),
    retryable: false,
  };
}

/**
 * A 400 that rejects a feature the model lacks ("Thinking is not enabled for this model",
 * "Function calling is not enabled", "… is not supported"). Only these justify retrying
 * with fewer features; auth, quota and other errors would fail the same way again.
 */
export function isUnsupportedFeatureError(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false;
  const message = googleErrorMessage(error);
  if (/api key/i.test(message)) return false;
  return (
    /not (?:supported|enabled|available)|unsupported|does not support/i.test(message) ||
    /\b(?:think\w*|thought\w*|tools?|function\w*)\b/i.test(message)
  );
}
