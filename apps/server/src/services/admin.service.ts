import { AppError, type AdminService, type SetUserRoleInput, type User } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import * as users from '../repositories/user.repository.js';
import { toUser } from './user.mapper.js';

export function createAdminService(deps: { readonly db: Kysely<Database> }): AdminService {
  const { db } = deps;
  return {
    async setUserRole(_actor: User, input: SetUserRoleInput): Promise<User> {
      const updated = await db.transaction().execute(async (trx) => {
        await users.lockAdminSet(trx);
        const target = await users.findUserById(trx, input.userId);
        if (!target) throw new AppError('NOT_FOUND', { message: 'No such user.' });
        if (
          target.role === 'admin' &&
          input.role !== 'admin' &&
          (await users.countAdmins(trx)) <= 1
        ) {
          throw new AppError('LAST_ADMIN');
        }
        return users.updateUserRole(trx, input.userId, input.role);
      });
      if (!updated) throw new AppError('NOT_FOUND', { message: 'No such user.' });
      return toUser(updated);
    },
  };
}
