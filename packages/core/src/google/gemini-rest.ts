import { ApiError } from '@google/genai';
import { isRecord } from '../shared/is-record.js';

export const GEMINI_API_URL = 'https://generativelanguage.googleapis.com';

export interface GeminiRestTarget {
  apiKey: string;
  baseUrl?: string | undefined;
}

/**
 * A call to a Gemini API REST method that `@google/genai` 3.x only offers for Vertex AI
 * (`models.generateImages` and `models.generateVideos` throw for API-key clients), while
 * the Gemini API still serves them: Imagen `:predict`, Veo `:predictLongRunning` and its
 * operations. Failures are thrown as the SDK's `ApiError`, so they map like SDK errors.
 */
export async function geminiRest(
  target: GeminiRestTarget,
  path: string,
  init: { body?: unknown; signal?: AbortSignal | undefined } = {},
): Promise<Record<string, unknown>> {
  const base = (target.baseUrl ?? GEMINI_API_URL).replace(/\/+$/, '');
  const response = await fetch(`${base}/v1beta/${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': target.apiKey },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await response.text();
  if (!response.ok) {
    // Same shape as the SDK's: the JSON error body as the message.
    const message = text.trim().startsWith('{')
      ? text
      : JSON.stringify({ error: { code: response.status, message: text || response.statusText } });
    throw new ApiError({ status: response.status, message });
  }
  const json: unknown = text === '' ? {} : JSON.parse(text);
  return isRecord(json) ? json : {};
}
