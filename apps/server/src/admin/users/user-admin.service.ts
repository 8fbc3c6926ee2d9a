import { AppError, type AdminUser, type AdminUsersService } from '@enox/contracts';
import type { Kysely, Transaction } from 'kysely';
import { hashPassword } from '../../auth/password.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Database, UserRow } from '../../db/schema.js';
import * as users from '../../repositories/user.repository.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { decodePageCursor, toPage } from '../shared/page-cursor.js';
import { deleteSessionsOf, listUsers, setDisabledAt } from './user-admin.repository.js';

export function toAdminUser(row: UserRow): AdminUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    avatarUrl: row.avatar_url,
    role: row.role,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

const notFound = () => new AppError('NOT_FOUND', { message: 'No such user.' });

/**
 * Decisions about who the admins are run under the admin-set lock, so two
 * admins demoting or disabling each other at once cannot leave none.
 */
async function withAdminSet<T>(
  db: Kysely<Database>,
  userId: string,
  work: (trx: Transaction<Database>, target: UserRow) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await users.lockAdminSet(trx);
    const target = await users.findUserById(trx, userId);
    if (!target) throw notFound();
    return work(trx, target);
  });
}

async function isLastActiveAdmin(trx: Transaction<Database>, target: UserRow) {
  return target.role === 'admin' && !target.disabled_at && (await users.countAdmins(trx)) <= 1;
}

export function createUserAdminService(deps: { readonly db: Kysely<Database> }): AdminUsersService {
  const { db } = deps;

  return {
    async list(input) {
      const rows = await listUsers(db, {
        search: input.search,
        role: input.role,
        after: decodePageCursor(input.cursor),
        limit: input.limit,
      });
      return toPage(rows, input.limit, (row) => ({ at: row.created_at, id: row.id }), toAdminUser);
    },

    async create(actor, input) {
      const hash = await hashPassword(input.password);
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await users.insertUser(trx, {
            email: input.email,
            name: input.name,
            role: input.role,
          });
          await users.insertPasswordHash(trx, row.id, hash);
          await insertAuditEntry(trx, {
            actorId: actor.id,
            action: 'user.create',
            targetType: 'user',
            targetId: row.id,
            before: null,
            after: { email: row.email, name: row.name, role: row.role },
          });
          return toAdminUser(row);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN');
        throw error;
      }
    },

    setRole: (actor, input) =>
      withAdminSet(db, input.userId, async (trx, target) => {
        if (target.role === input.role) return toAdminUser(target);
        if (input.role !== 'admin' && (await isLastActiveAdmin(trx, target)))
          throw new AppError('LAST_ADMIN');
        const updated = await users.updateUserRole(trx, target.id, input.role);
        if (!updated) throw notFound();
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'user.role',
          targetType: 'user',
          targetId: target.id,
          before: { email: target.email, role: target.role },
          after: { email: updated.email, role: updated.role },
        });
        return toAdminUser(updated);
      }),

    async disable(actor, input) {
      if (actor.id === input.userId) throw new AppError('CANNOT_DISABLE_SELF');
      return withAdminSet(db, input.userId, async (trx, target) => {
        if (target.disabled_at) return toAdminUser(target);
        if (await isLastActiveAdmin(trx, target))
          throw new AppError('LAST_ADMIN', {
            message: 'The last administrator cannot be disabled.',
          });
        const updated = await setDisabledAt(trx, target.id, new Date());
        // Sessions end now; the session check also refuses disabled accounts on every request.
        await deleteSessionsOf(trx, target.id);
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'user.disable',
          targetType: 'user',
          targetId: target.id,
          before: { email: target.email, disabled: false },
          after: { email: updated.email, disabled: true },
        });
        return toAdminUser(updated);
      });
    },

    enable: (actor, input) =>
      withAdminSet(db, input.userId, async (trx, target) => {
        if (!target.disabled_at) return toAdminUser(target);
        const updated = await setDisabledAt(trx, target.id, null);
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'user.enable',
          targetType: 'user',
          targetId: target.id,
          before: { email: target.email, disabled: true },
          after: { email: updated.email, disabled: false },
        });
        return toAdminUser(updated);
      }),
  };
}
