import { AppError, type TokenService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toAccessToken } from './token.mapper.js';
import { insertToken, listTokensOfUser, revokeToken } from './token.repository.js';
import { mintToken } from './token-secret.js';

export function createTokenService(deps: {
  readonly db: Kysely<Database>;
  readonly now?: () => Date;
}): TokenService {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    async list(user) {
      return (await listTokensOfUser(db, user.id)).map(toAccessToken);
    },

    async create(user, input) {
      const minted = mintToken();
      const row = await insertToken(db, {
        userId: user.id,
        name: input.name,
        prefix: minted.prefix,
        hash: minted.hash,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      });
      return { ...toAccessToken(row), token: minted.token };
    },

    async revoke(user, input) {
      const row = await revokeToken(db, user.id, input.id, now());
      if (!row) throw new AppError('NOT_FOUND', { message: 'This token does not exist.' });
      return toAccessToken(row);
    },
  };
}
