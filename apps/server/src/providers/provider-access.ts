import { KeyPool, type MediaTarget, type ProviderKeys } from '@enox/core';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database, ProviderRow } from '../db/schema.js';

/** Where the in-process simulator listens, when the offline provider is in use. */
export interface SimulatorEndpoints {
  readonly openaiBaseUrl: string;
  readonly geminiBaseUrl: string;
  readonly apiKey: string;
}

export const SIMULATED_BASE_URL = {
  'openai-compatible': 'sim://openai',
  google: 'sim://gemini',
} as const;

export const providerKeyContext = (providerId: string) => `provider:${providerId}`;

/**
 * Turns provider rows into what the provider layer needs: a live base URL
 * (the simulator's port changes at every start) and the decrypted key, which
 * never leaves this process.
 */
export class ProviderAccess {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly secretBox: SecretBox,
    private readonly simulator: SimulatorEndpoints | null,
  ) {}

  baseUrl(provider: ProviderRow): string | undefined {
    if (provider.is_simulated) {
      if (!this.simulator) return undefined;
      return provider.kind === 'google'
        ? this.simulator.geminiBaseUrl
        : this.simulator.openaiBaseUrl;
    }
    return provider.base_url ?? undefined;
  }

  apiKey(provider: ProviderRow): string | undefined {
    if (provider.is_simulated) return this.simulator?.apiKey;
    if (!provider.api_key_encrypted) return undefined;
    return this.secretBox.open(provider.api_key_encrypted, providerKeyContext(provider.id));
  }

  target(provider: ProviderRow, modelId: string): MediaTarget | undefined {
    const apiKey = this.apiKey(provider);
    if (!apiKey) return undefined;
    return { kind: provider.kind, apiKey, baseUrl: this.baseUrl(provider), modelId };
  }

  /** The platform's keys usable by the media tools: Google-native and OpenAI providers. */
  async platformKeys(): Promise<ProviderKeys> {
    const providers = await this.db
      .selectFrom('providers')
      .selectAll()
      .where('active', '=', true)
      .execute();
    const google: { apiKey: string; baseUrl?: string }[] = [];
    const openai: { apiKey: string; baseUrl?: string }[] = [];
    for (const provider of providers) {
      const apiKey = this.apiKey(provider);
      if (!apiKey) continue;
      const baseUrl = this.baseUrl(provider);
      const entry = baseUrl ? { apiKey, baseUrl } : { apiKey };
      if (provider.kind === 'google') google.push(entry);
      else if (provider.is_simulated || provider.preset === 'openai' || isOpenAIBaseUrl(baseUrl))
        openai.push(entry);
    }
    return { google, openai };
  }

  async keyPool(user?: ProviderKeys): Promise<KeyPool> {
    return new KeyPool({ user, platform: await this.platformKeys() });
  }
}

function isOpenAIBaseUrl(baseUrl: string | undefined): boolean {
  return baseUrl === undefined || /^https:\/\/api\.openai\.com(\/|$)/.test(baseUrl);
}
