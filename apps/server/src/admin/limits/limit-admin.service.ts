import { AppError, type AdminLimitsService, type UserModelLimit } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findUserById } from '../../repositories/user.repository.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import type { Db } from '../shared/db.js';
import { utcMonthStart } from '../shared/utc-calendar.js';
import {
  deleteLimit,
  listUserModelLimits,
  upsertLimit,
  type UserModelLimitRow,
} from './limit.repository.js';

export interface LimitAdminDeps {
  readonly db: Kysely<Database>;
  /** ENOX_DEFAULT_MONTHLY_LIMIT: what applies when neither the user nor the model sets one. */
  readonly defaultMonthlyLimit: number;
  readonly now?: () => Date;
}

export function createLimitAdminService(deps: LimitAdminDeps): AdminLimitsService {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  // The same precedence as the quota gate: user override ?? model limit ?? server default.
  function toLimit(row: UserModelLimitRow): UserModelLimit {
    const defaultLimit = row.monthly_limit ?? deps.defaultMonthlyLimit;
    return {
      modelId: row.id,
      modelName: row.display_name,
      type: row.type,
      active: row.active,
      defaultLimit,
      override: row.override,
      effectiveLimit: row.override ?? defaultLimit,
      used: row.platform_count ?? 0,
      ownKey: row.own_key_count ?? 0,
    };
  }

  async function userEmail(trx: Db, userId: string): Promise<string> {
    const user = await findUserById(trx, userId);
    if (!user) throw new AppError('NOT_FOUND', { message: 'No such user.' });
    return user.email;
  }

  async function oneModel(trx: Db, userId: string, modelId: string): Promise<UserModelLimit> {
    const [row] = await listUserModelLimits(trx, userId, utcMonthStart(now()), modelId);
    if (!row) throw new AppError('NOT_FOUND', { message: 'No such model.' });
    return toLimit(row);
  }

  return {
    async list({ userId }) {
      const month = utcMonthStart(now());
      const [, rows] = await Promise.all([
        userEmail(db, userId),
        listUserModelLimits(db, userId, month),
      ]);
      return { userId, month, models: rows.map(toLimit) };
    },

    set: (actor, input) =>
      db.transaction().execute(async (trx) => {
        const email = await userEmail(trx, input.userId);
        const before = await oneModel(trx, input.userId, input.modelId);
        await upsertLimit(trx, input.userId, input.modelId, input.monthlyLimit);
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'limit.set',
          targetType: 'limit',
          targetId: `${input.userId}:${input.modelId}`,
          before: { user: email, model: before.modelName, monthlyLimit: before.override },
          after: { user: email, model: before.modelName, monthlyLimit: input.monthlyLimit },
        });
        return oneModel(trx, input.userId, input.modelId);
      }),

    remove: (actor, input) =>
      db.transaction().execute(async (trx) => {
        const email = await userEmail(trx, input.userId);
        const current = await oneModel(trx, input.userId, input.modelId);
        const removed = await deleteLimit(trx, input.userId, input.modelId);
        if (removed === undefined) return current;
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'limit.remove',
          targetType: 'limit',
          targetId: `${input.userId}:${input.modelId}`,
          before: { user: email, model: current.modelName, monthlyLimit: removed },
          after: { user: email, model: current.modelName, monthlyLimit: null },
        });
        return oneModel(trx, input.userId, input.modelId);
      }),
  };
}
