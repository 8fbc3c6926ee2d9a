import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database } from '../db/schema.js';
import { countProviders } from '../repositories/model.repository.js';
import type { CatalogueProvider } from './provider-catalogue.js';
import { providerKeyContext } from './provider-access.js';

/**
 * On the very first start (no provider at all), registers the given
 * catalogue. Later starts leave the providers to the admins.
 */
export async function seedProviders(
  db: Kysely<Database>,
  secretBox: SecretBox,
  catalogue: readonly CatalogueProvider[],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if ((await countProviders(trx)) > 0) return 0;
    for (const provider of catalogue) {
      const id = randomUUID();
      await trx
        .insertInto('providers')
        .values({
          id,
          kind: provider.kind,
          name: provider.name,
          preset: provider.preset,
          base_url: provider.baseUrl,
          api_key_encrypted: provider.apiKey
            ? secretBox.seal(provider.apiKey, providerKeyContext(id))
            : null,
          api_key_last4: provider.apiKey ? provider.apiKey.slice(-4) : null,
          is_simulated: provider.simulated,
        })
        .execute();
      await trx
        .insertInto('models')
        .values(
          provider.models.map((model, index) => ({
            provider_id: id,
            model_id: model.modelId,
            display_name: model.name,
            type: model.type,
            capabilities: JSON.stringify(model.capabilities),
            sort_order: index,
          })),
        )
        .execute();
    }
    return catalogue.length;
  });
}

export async function hasActiveSimulatedProvider(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('providers')
    .select('id')
    .where('is_simulated', '=', true)
    .where('active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}
