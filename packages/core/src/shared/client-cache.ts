import { createHash } from 'node:crypto';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { LruCache } from './lru-cache.js';

export interface ClientConfig {
  apiKey: string;
  baseUrl?: string | undefined;
}

// Bounded: every distinct user key creates a client, and each holds a connection pool.
const CLIENT_CACHE_SIZE = 64;

const openAIClients = new LruCache<string, OpenAI>(CLIENT_CACHE_SIZE);
const googleClients = new LruCache<string, GoogleGenAI>(CLIENT_CACHE_SIZE);

// The cache is keyed by a hash so that no key sits in plain text in a map key, where a
// heap dump or a debugger listing would show it.
function cacheKey(provider: string, config: ClientConfig): string {
  const keyHash = createHash('sha256').update(config.apiKey).digest('base64url');
  return `${provider}|${config.baseUrl ?? ''}|${keyHash}`;
}

/**
 * A shared OpenAI client per base URL and key, so requests reuse its connections.
 * SDK retries are off: `streamWithRetry` decides when a retry cannot duplicate output.
 */
export function openAIClient(config: ClientConfig): OpenAI {
  return openAIClients.getOrCreate(
    cacheKey('openai', config),
    () =>
      new OpenAI({
        apiKey: config.apiKey,
        ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
        maxRetries: 0,
      }),
  );
}

/** A shared Google GenAI client per base URL and key (the SDK does not retry by default). */
export function googleClient(config: ClientConfig): GoogleGenAI {
  return googleClients.getOrCreate(
    cacheKey('google', config),
    () =>
      new GoogleGenAI({
        apiKey: config.apiKey,
        ...(config.baseUrl ? { httpOptions: { baseUrl: config.baseUrl } } : {}),
      }),
  );
}
