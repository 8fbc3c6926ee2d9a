import { sql } from 'kysely';
import type { KeySource } from '../../db/schema.js';
import type { Db } from '../shared/db.js';
import type { PageCursor } from '../shared/page-cursor.js';

export interface UsageEventFilter {
  /** Inclusive lower bound. */
  readonly start?: Date | undefined;
  /** Exclusive upper bound. */
  readonly end?: Date | undefined;
  readonly userId?: string | undefined;
  readonly modelId?: string | undefined;
  readonly keySource?: KeySource | undefined;
}

/** Newest first; one row beyond `limit` tells whether another page follows. */
export function listUsageEvents(
  db: Db,
  filter: UsageEventFilter,
  after: PageCursor | null,
  limit: number,
) {
  let select = db
    .selectFrom('usage_events as e')
    .innerJoin('users', 'users.id', 'e.user_id')
    .innerJoin('models', 'models.id', 'e.model_id')
    .select([
      'e.id',
      'e.created_at',
      'e.agent_id',
      'e.source',
      'e.key_source',
      'e.status',
      'e.input_tokens',
      'e.output_tokens',
      'users.id as user_id',
      'users.name as user_name',
      'users.email as user_email',
      'models.id as model_id',
      'models.display_name as model_name',
    ])
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit + 1);
  if (filter.start) select = select.where('e.created_at', '>=', filter.start);
  if (filter.end) select = select.where('e.created_at', '<', filter.end);
  if (filter.userId) select = select.where('e.user_id', '=', filter.userId);
  if (filter.modelId) select = select.where('e.model_id', '=', filter.modelId);
  if (filter.keySource) select = select.where('e.key_source', '=', filter.keySource);
  if (after) {
    select = select.where((eb) =>
      eb.or([
        eb('e.created_at', '<', after.at),
        eb.and([eb('e.created_at', '=', after.at), eb('e.id', '<', after.id)]),
      ]),
    );
  }
  return select.execute();
}

export type UsageEventRow = Awaited<ReturnType<typeof listUsageEvents>>[number];

/** Requests and tokens per UTC day and model in [start, end). */
export function dailyUsage(
  db: Db,
  range: { start: Date; end: Date; modelId?: string | undefined },
) {
  const day = sql<string>`to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD')`;
  let select = db
    .selectFrom('usage_events as e')
    .innerJoin('models', 'models.id', 'e.model_id')
    .select((eb) => [
      day.as('day'),
      'e.model_id',
      'models.display_name as model_name',
      eb.fn.countAll<string>().filterWhere('e.key_source', '=', 'platform').as('platform'),
      eb.fn.countAll<string>().filterWhere('e.key_source', '=', 'own').as('own'),
      eb.fn.sum<string>('e.input_tokens').as('input_tokens'),
      eb.fn.sum<string>('e.output_tokens').as('output_tokens'),
    ])
    .where('e.created_at', '>=', range.start)
    .where('e.created_at', '<', range.end)
    .groupBy([day, 'e.model_id', 'models.display_name'])
    .orderBy(day)
    .orderBy('models.display_name');
  if (range.modelId) select = select.where('e.model_id', '=', range.modelId);
  return select.execute();
}

/** This month's counters over everyone: what the quota gate has counted. */
export async function monthTotals(db: Db, month: string) {
  const row = await db
    .selectFrom('usage')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<string>('platform_count'), sql<string>`0`).as('platform'),
      eb.fn.coalesce(eb.fn.sum<string>('own_key_count'), sql<string>`0`).as('own'),
      eb.fn.coalesce(eb.fn.sum<string>('input_tokens'), sql<string>`0`).as('input_tokens'),
      eb.fn.coalesce(eb.fn.sum<string>('output_tokens'), sql<string>`0`).as('output_tokens'),
    ])
    .where('month', '=', month)
    .executeTakeFirstOrThrow();
  return {
    platform: Number(row.platform),
    own: Number(row.own),
    inputTokens: Number(row.input_tokens),
    outputTokens: Number(row.output_tokens),
  };
}

async function count(query: {
  executeTakeFirstOrThrow(): Promise<{ n: string | number | bigint }>;
}) {
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export const countUsers = (db: Db) =>
  count(db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')));

export const countAgents = (db: Db) =>
  count(db.selectFrom('agents').select((eb) => eb.fn.countAll<string>().as('n')));

/** Models people can pick: active, on an active provider. */
export const countActiveModels = (db: Db) =>
  count(
    db
      .selectFrom('models')
      .innerJoin('providers', 'providers.id', 'models.provider_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('models.active', '=', true)
      .where('providers.active', '=', true),
  );
