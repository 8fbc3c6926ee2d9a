import { AppError, type UserService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database, UserUpdate } from '../db/schema.js';
import { toUser } from './user.mapper.js';

export function createUserService(deps: { readonly db: Kysely<Database> }): UserService {
  const { db } = deps;
  const update = async (userId: string, set: UserUpdate) => {
    const row = await db
      .updateTable('users')
      .set({ ...set, updated_at: new Date() })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('UNAUTHENTICATED');
    return toUser(row);
  };

  return {
    updateProfile(user, input) {
      return update(user.id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.avatarUrl !== undefined ? { avatar_url: input.avatarUrl } : {}),
      });
    },

    async setPinnedModels(user, input) {
      const ids = [...new Set(input.modelIds)];
      if (ids.length > 0) {
        const found = await db
          .selectFrom('models')
          .innerJoin('providers', 'providers.id', 'models.provider_id')
          .select('models.id')
          .where('models.id', 'in', ids)
          .where('models.active', '=', true)
          .where('providers.active', '=', true)
          .execute();
        if (found.length !== ids.length) {
          throw new AppError('MODEL_UNAVAILABLE', {
            message: 'Only available models can be pinned.',
          });
        }
      }
      return update(user.id, { pinned_model_ids: JSON.stringify(ids) });
    },

    setByok(user, input) {
      return update(user.id, { byok_enabled: input.enabled });
    },
  };
}
