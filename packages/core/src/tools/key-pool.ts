import type { MediaTarget } from '../media/media-target.js';
import type { KeyOwner } from '../stream/stream-part.js';

/** The providers whose media APIs the tools use. */
export type ToolProvider = 'google' | 'openai';

export interface ProviderKey {
  apiKey: string;
  /** For proxies and the simulator. */
  baseUrl?: string | undefined;
}

export type ProviderKeys = Partial<Record<ToolProvider, ProviderKey | readonly ProviderKey[]>>;

export interface PooledKey extends MediaTarget {
  provider: ToolProvider;
  owner: KeyOwner;
}

/**
 * The keys tools may use: the user's own keys first, then the platform's, so a user with
 * a key of their own pays for their media and someone without one can still get it.
 */
export class KeyPool {
  readonly #keys: PooledKey[] = [];

  constructor(sources: { user?: ProviderKeys | undefined; platform?: ProviderKeys | undefined }) {
    this.#add('user', sources.user);
    this.#add('platform', sources.platform);
  }

  /** The keys for a provider, the user's first, without duplicates. */
  keys(provider: ToolProvider): readonly PooledKey[] {
    return this.#keys.filter((key) => key.provider === provider);
  }

  has(provider: ToolProvider): boolean {
    return this.#keys.some((key) => key.provider === provider);
  }

  #add(owner: KeyOwner, keys: ProviderKeys | undefined): void {
    for (const provider of ['google', 'openai'] as const) {
      const entry = keys?.[provider];
      const list: readonly ProviderKey[] =
        entry === undefined ? [] : 'apiKey' in entry ? [entry] : entry;
      for (const { apiKey, baseUrl } of list) {
        if (apiKey.trim() === '') continue;
        const duplicate = this.#keys.some(
          (key) => key.provider === provider && key.apiKey === apiKey && key.baseUrl === baseUrl,
        );
        if (duplicate) continue;
        this.#keys.push({
          provider,
          owner,
          kind: provider === 'google' ? 'google' : 'openai-compatible',
          apiKey,
          ...(baseUrl ? { baseUrl } : {}),
        });
      }
    }
  }
}
