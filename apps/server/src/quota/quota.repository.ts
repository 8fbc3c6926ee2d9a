import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, KeySource } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Takes one request from the platform quota, atomically: the increment only
 * happens while the count is below the limit, so any number of concurrent
 * requests lets exactly `limit` through. Returns false when none is left.
 */
export async function reservePlatformRequest(
  db: Db,
  key: { userId: string; modelId: string; month: string },
  limit: number,
): Promise<boolean> {
  if (limit <= 0) return false;
  const row = await db
    .insertInto('usage')
    .values({ user_id: key.userId, model_id: key.modelId, month: key.month, platform_count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'model_id', 'month'])
        .doUpdateSet({ platform_count: sql`usage.platform_count + 1` })
        .where('usage.platform_count', '<', limit),
    )
    .returning('platform_count')
    .executeTakeFirst();
  return row !== undefined;
}

export async function releasePlatformRequest(
  db: Db,
  key: { userId: string; modelId: string; month: string },
): Promise<void> {
  await db
    .updateTable('usage')
    .set({ platform_count: sql`greatest(platform_count - 1, 0)` })
    .where('user_id', '=', key.userId)
    .where('model_id', '=', key.modelId)
    .where('month', '=', key.month)
    .execute();
}

/** Requests on a person's own key are counted apart and never limited. */
export async function countOwnKeyRequest(
  db: Db,
  key: { userId: string; modelId: string; month: string },
): Promise<void> {
  await db
    .insertInto('usage')
    .values({ user_id: key.userId, model_id: key.modelId, month: key.month, own_key_count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'model_id', 'month'])
        .doUpdateSet({ own_key_count: sql`usage.own_key_count + 1` }),
    )
    .execute();
}

export async function releaseOwnKeyRequest(
  db: Db,
  key: { userId: string; modelId: string; month: string },
): Promise<void> {
  await db
    .updateTable('usage')
    .set({ own_key_count: sql`greatest(own_key_count - 1, 0)` })
    .where('user_id', '=', key.userId)
    .where('model_id', '=', key.modelId)
    .where('month', '=', key.month)
    .execute();
}

export async function addTokens(
  db: Db,
  key: { userId: string; modelId: string; month: string },
  tokens: { input: number; output: number },
): Promise<void> {
  if (tokens.input === 0 && tokens.output === 0) return;
  await db
    .updateTable('usage')
    .set({
      input_tokens: sql`input_tokens + ${tokens.input}`,
      output_tokens: sql`output_tokens + ${tokens.output}`,
    })
    .where('user_id', '=', key.userId)
    .where('model_id', '=', key.modelId)
    .where('month', '=', key.month)
    .execute();
}

export async function recordUsageEvent(
  db: Db,
  event: {
    userId: string;
    modelId: string;
    agentId: string | null;
    source: string;
    keySource: KeySource;
    status: string;
    inputTokens: number;
    outputTokens: number;
  },
): Promise<void> {
  await db
    .insertInto('usage_events')
    .values({
      user_id: event.userId,
      model_id: event.modelId,
      agent_id: event.agentId,
      source: event.source,
      key_source: event.keySource,
      status: event.status,
      input_tokens: event.inputTokens,
      output_tokens: event.outputTokens,
    })
    .execute();
}

/** The user's override, the model's limit and this month's counts, in one query. */
export async function readLimits(
  db: Db,
  userId: string,
  month: string,
): Promise<
  {
    model_id: string;
    display_name: string;
    model_limit: number | null;
    override: number | null;
    platform_count: number | null;
    own_key_count: number | null;
  }[]
> {
  return db
    .selectFrom('models')
    .innerJoin('providers', 'providers.id', 'models.provider_id')
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
      'models.id as model_id',
      'models.display_name',
      'models.monthly_limit as model_limit',
      'l.monthly_limit as override',
      'u.platform_count',
      'u.own_key_count',
    ])
    .where('models.active', '=', true)
    .where('providers.active', '=', true)
    .orderBy('models.sort_order')
    .orderBy('models.display_name')
    .execute();
}

export async function readLimitFor(
  db: Db,
  userId: string,
  modelId: string,
): Promise<{ model_limit: number | null; override: number | null } | undefined> {
  return db
    .selectFrom('models')
    .leftJoin('user_model_limits as l', (join) =>
      join.onRef('l.model_id', '=', 'models.id').on('l.user_id', '=', userId),
    )
    .select(['models.monthly_limit as model_limit', 'l.monthly_limit as override'])
    .where('models.id', '=', modelId)
    .executeTakeFirst();
}

export async function readPlatformCount(
  db: Db,
  key: { userId: string; modelId: string; month: string },
): Promise<number> {
  const row = await db
    .selectFrom('usage')
    .select('platform_count')
    .where('user_id', '=', key.userId)
    .where('model_id', '=', key.modelId)
    .where('month', '=', key.month)
    .executeTakeFirst();
  return row?.platform_count ?? 0;
}
