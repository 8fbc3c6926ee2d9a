import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { userKeyContext } from '../keys/user-keys.js';
import { providerKeyContext } from '../providers/provider-access.js';
import type { SecretBox } from './secret-box.js';

/**
 * After a master-key rotation (ENOX_SECRET changed, the old one in
 * ENOX_SECRET_PREVIOUS), re-encrypts every stored key with the new master
 * key, so the old one can then be dropped. Returns how many were resealed.
 */
export async function resealSecrets(db: Kysely<Database>, box: SecretBox): Promise<number> {
  let count = 0;
  const providers = await db.selectFrom('providers').select(['id', 'api_key_encrypted']).execute();
  for (const row of providers) {
    if (!row.api_key_encrypted || !box.needsReseal(row.api_key_encrypted)) continue;
    const context = providerKeyContext(row.id);
    const sealed = box.seal(box.open(row.api_key_encrypted, context), context);
    await db
      .updateTable('providers')
      .set({ api_key_encrypted: sealed })
      .where('id', '=', row.id)
      .execute();
    count++;
  }
  const userKeys = await db
    .selectFrom('user_api_keys')
    .select(['id', 'user_id', 'provider', 'api_key_encrypted'])
    .execute();
  for (const row of userKeys) {
    if (!box.needsReseal(row.api_key_encrypted)) continue;
    const context = userKeyContext(row.user_id, row.provider);
    const sealed = box.seal(box.open(row.api_key_encrypted, context), context);
    await db
      .updateTable('user_api_keys')
      .set({ api_key_encrypted: sealed })
      .where('id', '=', row.id)
      .execute();
    count++;
  }
  return count;
}
