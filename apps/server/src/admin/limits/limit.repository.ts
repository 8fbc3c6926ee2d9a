import type { Db } from '../shared/db.js';

/**
 * Every model with the person's override and their usage in `month`, in
 * picker order. Usage rows are the quota counters, one per user, model and month.
 */
export function listUserModelLimits(db: Db, userId: string, month: string, modelId?: string) {
  let select = db
    .selectFrom('models')
    .leftJoin('user_model_limits as l', (join) =>
      join.onRef('l.model_id', '=', 'models.id').on('l.user_id', '=', userId),
    )
    .leftJoin('usage as u', (join) =>
      join
        .onRef('u.model_id', '=', 'models.id')
        .on('u.user_id', '=', userId)
        .on('u.month', '=', month),
    )
    .select([
      'models.id',
      'models.display_name',
      'models.type',
      'models.active',
      'models.monthly_limit',
      'l.monthly_limit as override',
      'u.platform_count',
      'u.own_key_count',
    ])
    .orderBy('models.sort_order')
    .orderBy('models.display_name')
    .orderBy('models.id');
  if (modelId) select = select.where('models.id', '=', modelId);
  return select.execute();
}

export type UserModelLimitRow = Awaited<ReturnType<typeof listUserModelLimits>>[number];

export async function upsertLimit(
  db: Db,
  userId: string,
  modelId: string,
  monthlyLimit: number,
): Promise<void> {
  await db
    .insertInto('user_model_limits')
    .values({ user_id: userId, model_id: modelId, monthly_limit: monthlyLimit })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'model_id'])
        .doUpdateSet({ monthly_limit: monthlyLimit, updated_at: new Date() }),
    )
    .execute();
}

/** The override that was removed, if there was one. */
export async function deleteLimit(
  db: Db,
  userId: string,
  modelId: string,
): Promise<number | undefined> {
  const row = await db
    .deleteFrom('user_model_limits')
    .where('user_id', '=', userId)
    .where('model_id', '=', modelId)
    .returning('monthly_limit')
    .executeTakeFirst();
  return row?.monthly_limit;
}
