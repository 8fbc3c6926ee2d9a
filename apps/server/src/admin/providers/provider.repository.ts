import type { Insertable, Updateable } from 'kysely';
import type { ProviderRow, ProvidersTable } from '../../db/schema.js';
import type { Db } from '../shared/db.js';

export type ProviderWithCount = ProviderRow & { model_count: number };

function withModelCount(db: Db) {
  return db
    .selectFrom('providers')
    .selectAll('providers')
    .select((eb) =>
      eb
        .selectFrom('models')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('models.provider_id', '=', 'providers.id')
        .as('model_count'),
    );
}

const counted = <T extends { model_count: string | null }>(row: T) => ({
  ...row,
  model_count: Number(row.model_count ?? 0),
});

export async function listProviders(db: Db): Promise<ProviderWithCount[]> {
  const rows = await withModelCount(db)
    .orderBy('providers.created_at')
    .orderBy('providers.name')
    .orderBy('providers.id')
    .execute();
  return rows.map(counted);
}

export async function findProvider(db: Db, id: string): Promise<ProviderWithCount | undefined> {
  const row = await withModelCount(db).where('providers.id', '=', id).executeTakeFirst();
  return row ? counted(row) : undefined;
}

/** The row locked until the transaction ends, so concurrent edits apply one after the other. */
export function lockProvider(db: Db, id: string): Promise<ProviderRow | undefined> {
  return db.selectFrom('providers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function insertProvider(db: Db, values: Insertable<ProvidersTable>): Promise<ProviderRow> {
  return db.insertInto('providers').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateProvider(
  db: Db,
  id: string,
  patch: Updateable<ProvidersTable>,
): Promise<ProviderRow> {
  return db
    .updateTable('providers')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteProvider(db: Db, id: string): Promise<void> {
  await db.deleteFrom('providers').where('id', '=', id).execute();
}

export async function countModelsOfProvider(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('models')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('provider_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
