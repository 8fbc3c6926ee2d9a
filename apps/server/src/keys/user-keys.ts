import type { KeyProvider } from '@enox/contracts';
import type { ProviderKeys } from '@enox/core';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database, ProviderRow } from '../db/schema.js';
import { findUserKey, listUserKeys } from './user-key.repository.js';

/** Bound into every sealed user key: a ciphertext moved to another row does not open. */
export const userKeyContext = (userId: string, provider: string) => `user:${userId}:${provider}`;

const PRESETS = new Set([
  'openai',
  'anthropic',
  'mistral',
  'groq',
  'openrouter',
  'deepseek',
  'xai',
]);

/** Which of a person's keys could serve a provider row, if any. */
export function keyProviderFor(provider: ProviderRow): KeyProvider | undefined {
  if (provider.is_simulated) return undefined;
  if (provider.kind === 'google') return 'google';
  if (provider.preset && PRESETS.has(provider.preset)) return provider.preset as KeyProvider;
  return provider.base_url ? 'custom' : 'openai';
}

export interface ResolvedKey {
  readonly apiKey: string;
  readonly baseUrl: string | undefined;
}

/**
 * The person's own key for this provider, when they turned BYOK on and have
 * one. A custom key serves only the provider at its base URL.
 */
export async function resolveUserKey(
  db: Kysely<Database>,
  box: SecretBox,
  user: { id: string; byokEnabled: boolean },
  provider: ProviderRow,
): Promise<ResolvedKey | null> {
  if (!user.byokEnabled) return null;
  const keyProvider = keyProviderFor(provider);
  if (!keyProvider) return null;
  const row = await findUserKey(db, user.id, keyProvider);
  if (!row) return null;
  if (keyProvider === 'custom' && row.base_url !== provider.base_url?.replace(/\/+$/, ''))
    return null;
  return {
    apiKey: box.open(row.api_key_encrypted, userKeyContext(user.id, keyProvider)),
    baseUrl: row.base_url ?? provider.base_url ?? undefined,
  };
}

/** The person's Google and OpenAI keys, for the media tools' key pool. */
export async function userToolKeys(
  db: Kysely<Database>,
  box: SecretBox,
  user: { id: string; byokEnabled: boolean },
): Promise<ProviderKeys | undefined> {
  if (!user.byokEnabled) return undefined;
  const keys: ProviderKeys = {};
  for (const row of await listUserKeys(db, user.id)) {
    if (row.provider !== 'google' && row.provider !== 'openai') continue;
    const apiKey = box.open(row.api_key_encrypted, userKeyContext(user.id, row.provider));
    keys[row.provider] = row.base_url ? { apiKey, baseUrl: row.base_url } : { apiKey };
  }
  return keys;
}
