import type { Insertable, Updateable } from 'kysely';
import type { ModelRow, ModelsTable } from '../../db/schema.js';
import type { Db } from '../shared/db.js';

function withProvider(db: Db) {
  return db
    .selectFrom('models')
    .innerJoin('providers', 'providers.id', 'models.provider_id')
    .selectAll('models')
    .select([
      'providers.name as provider_name',
      'providers.kind as provider_kind',
      'providers.active as provider_active',
    ]);
}

export type AdminModelRow = Awaited<
  ReturnType<ReturnType<typeof withProvider>['executeTakeFirstOrThrow']>
>;

export function listModels(db: Db): Promise<AdminModelRow[]> {
  return withProvider(db)
    .orderBy('models.sort_order')
    .orderBy('models.display_name')
    .orderBy('models.id')
    .execute();
}

export function findModel(db: Db, id: string): Promise<AdminModelRow | undefined> {
  return withProvider(db).where('models.id', '=', id).executeTakeFirst();
}

/** The row locked until the transaction ends, so concurrent edits apply one after the other. */
export function lockModel(db: Db, id: string): Promise<ModelRow | undefined> {
  return db.selectFrom('models').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function providerExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('providers').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** New models go to the end of the pickers. */
export async function nextSortOrder(db: Db): Promise<number> {
  const row = await db
    .selectFrom('models')
    .select((eb) => eb.fn.max<number | null>('sort_order').as('max'))
    .executeTakeFirstOrThrow();
  return (row.max ?? -1) + 1;
}

export function insertModel(db: Db, values: Insertable<ModelsTable>): Promise<ModelRow> {
  return db.insertInto('models').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateModel(db: Db, id: string, patch: Updateable<ModelsTable>): Promise<ModelRow> {
  return db
    .updateTable('models')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteModel(db: Db, id: string): Promise<void> {
  await db.deleteFrom('models').where('id', '=', id).execute();
}

export async function countAgentsOfModel(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('agents')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('model_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Whether usage was recorded on the model: the history that must outlive it.
 * Counters a released reservation left at zero are not history and go first.
 */
export async function clearEmptyCountersAndCheckHistory(db: Db, id: string): Promise<boolean> {
  await db
    .deleteFrom('usage')
    .where('model_id', '=', id)
    .where('platform_count', '=', 0)
    .where('own_key_count', '=', 0)
    .execute();
  const row = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('usage').select('month').where('model_id', '=', id)).as('counters'),
      eb.exists(eb.selectFrom('usage_events').select('id').where('model_id', '=', id)).as('events'),
    ])
    .executeTakeFirstOrThrow();
  return Boolean(row.counters) || Boolean(row.events);
}
