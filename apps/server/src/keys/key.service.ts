import { AppError, type ApiKeySummary, type KeyService } from '@enox/contracts';
import { checkApiKey, openAICompatiblePresets } from '@enox/core';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database } from '../db/schema.js';
import { deleteUserKey, findUserKey, listUserKeys, upsertUserKey } from './user-key.repository.js';
import { userKeyContext } from './user-keys.js';

function toSummary(row: {
  provider: string;
  last4: string;
  base_url: string | null;
  created_at: Date;
  updated_at: Date;
}): ApiKeySummary {
  return {
    provider: row.provider as ApiKeySummary['provider'],
    last4: row.last4,
    baseUrl: row.base_url,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function createKeyService(deps: {
  readonly db: Kysely<Database>;
  readonly secretBox: SecretBox;
}): KeyService {
  const { db, secretBox } = deps;
  return {
    async list(user) {
      return (await listUserKeys(db, user.id)).map(toSummary);
    },

    async set(user, input) {
      const row = await upsertUserKey(db, {
        userId: user.id,
        provider: input.provider,
        baseUrl: input.baseUrl ?? null,
        sealed: secretBox.seal(input.apiKey, userKeyContext(user.id, input.provider)),
        last4: input.apiKey.slice(-4),
      });
      return toSummary(row);
    },

    async remove(user, input) {
      if (!(await deleteUserKey(db, user.id, input.provider))) throw new AppError('KEY_NOT_SET');
      return { ok: true as const };
    },

    async test(user, input) {
      const row = await findUserKey(db, user.id, input.provider);
      if (!row) throw new AppError('KEY_NOT_SET');
      const apiKey = secretBox.open(row.api_key_encrypted, userKeyContext(user.id, input.provider));
      const preset =
        input.provider in openAICompatiblePresets
          ? openAICompatiblePresets[input.provider as keyof typeof openAICompatiblePresets]
          : undefined;
      return checkApiKey({
        kind: input.provider === 'google' ? 'google' : 'openai-compatible',
        apiKey,
        baseUrl: row.base_url ?? preset?.baseUrl,
      });
    },
  };
}
