import type { Kysely, Transaction } from 'kysely';
import type { Database, ModelRow, ProviderRow } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type ModelWithProvider = ModelRow & { provider: ProviderRow };

function withProvider(db: Db) {
  return db
    .selectFrom('models')
    .innerJoin('providers', 'providers.id', 'models.provider_id')
    .selectAll('models')
    .select([
      'providers.id as p_id',
      'providers.kind as p_kind',
      'providers.name as p_name',
      'providers.preset as p_preset',
      'providers.base_url as p_base_url',
      'providers.api_key_encrypted as p_api_key_encrypted',
      'providers.api_key_last4 as p_api_key_last4',
      'providers.is_simulated as p_is_simulated',
      'providers.active as p_active',
      'providers.created_at as p_created_at',
      'providers.updated_at as p_updated_at',
    ]);
}

type Joined = Awaited<ReturnType<ReturnType<typeof withProvider>['executeTakeFirstOrThrow']>>;

function split(row: Joined): ModelWithProvider {
  const {
    p_id,
    p_kind,
    p_name,
    p_preset,
    p_base_url,
    p_api_key_encrypted,
    p_api_key_last4,
    p_is_simulated,
    p_active,
    p_created_at,
    p_updated_at,
    ...model
  } = row;
  return {
    ...model,
    provider: {
      id: p_id,
      kind: p_kind,
      name: p_name,
      preset: p_preset,
      base_url: p_base_url,
      api_key_encrypted: p_api_key_encrypted,
      api_key_last4: p_api_key_last4,
      is_simulated: p_is_simulated,
      active: p_active,
      created_at: p_created_at,
      updated_at: p_updated_at,
    },
  };
}

/** Models users may pick: active, on an active provider. */
export async function listActiveModels(db: Db): Promise<ModelWithProvider[]> {
  const rows = await withProvider(db)
    .where('models.active', '=', true)
    .where('providers.active', '=', true)
    .orderBy('models.sort_order')
    .orderBy('models.display_name')
    .execute();
  return rows.map(split);
}

export async function findActiveModel(db: Db, id: string): Promise<ModelWithProvider | undefined> {
  const row = await withProvider(db)
    .where('models.id', '=', id)
    .where('models.active', '=', true)
    .where('providers.active', '=', true)
    .executeTakeFirst();
  return row ? split(row) : undefined;
}

export async function countProviders(db: Db): Promise<number> {
  const row = await db
    .selectFrom('providers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
