import { toErrorPart as googleErrorPart } from './google/errors.js';
import { toErrorPart as openAIErrorPart } from './openai-compatible/errors.js';
import { googleClient, openAIClient } from './shared/client-cache.js';

export interface KeyCheck {
  ok: boolean;
  /** A verdict a person can act on; never contains the key. */
  message: string;
}

/**
 * The cheapest call a provider offers — listing models — made with a key to
 * tell whether it works, without spending tokens.
 */
export async function checkApiKey(config: {
  kind: 'openai-compatible' | 'google';
  apiKey: string;
  baseUrl?: string | undefined;
  abortSignal?: AbortSignal;
}): Promise<KeyCheck> {
  const signal = config.abortSignal ?? AbortSignal.timeout(15_000);
  try {
    if (config.kind === 'google') {
      await googleClient(config).models.list({ config: { pageSize: 1, abortSignal: signal } });
    } else {
      await openAIClient(config).models.list({ signal });
    }
    return { ok: true, message: 'The key works.' };
  } catch (error) {
    const part =
      config.kind === 'google'
        ? googleErrorPart(error, [config.apiKey])
        : openAIErrorPart(error, [config.apiKey]);
    const message =
      part.code === 'PROVIDER_AUTH'
        ? 'The provider rejected this key.'
        : part.code === 'PROVIDER_NETWORK' || part.code === 'PROVIDER_TIMEOUT'
          ? 'Could not reach the provider. Check the base URL and your network.'
          : part.code === 'PROVIDER_RATE_LIMITED'
            ? 'The key works but is rate limited right now.'
            : `The provider answered: ${part.message}`;
    return { ok: part.code === 'PROVIDER_RATE_LIMITED', message };
  }
}
