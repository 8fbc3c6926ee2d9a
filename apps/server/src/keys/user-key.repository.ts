import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export function listUserKeys(db: Db, userId: string) {
  return db
    .selectFrom('user_api_keys')
    .select(['provider', 'last4', 'base_url', 'api_key_encrypted', 'created_at', 'updated_at'])
    .where('user_id', '=', userId)
    .orderBy('provider')
    .execute();
}

export function findUserKey(db: Db, userId: string, provider: string) {
  return db
    .selectFrom('user_api_keys')
    .select(['provider', 'last4', 'base_url', 'api_key_encrypted', 'created_at', 'updated_at'])
    .where('user_id', '=', userId)
    .where('provider', '=', provider)
    .executeTakeFirst();
}

export function upsertUserKey(
  db: Db,
  key: { userId: string; provider: string; baseUrl: string | null; sealed: string; last4: string },
) {
  return db
    .insertInto('user_api_keys')
    .values({
      user_id: key.userId,
      provider: key.provider,
      base_url: key.baseUrl,
      api_key_encrypted: key.sealed,
      last4: key.last4,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'provider']).doUpdateSet({
        base_url: key.baseUrl,
        api_key_encrypted: key.sealed,
        last4: key.last4,
        updated_at: sql`now()`,
      }),
    )
    .returning(['provider', 'last4', 'base_url', 'created_at', 'updated_at'])
    .executeTakeFirstOrThrow();
}

export async function deleteUserKey(db: Db, userId: string, provider: string): Promise<boolean> {
  const result = await db
    .deleteFrom('user_api_keys')
    .where('user_id', '=', userId)
    .where('provider', '=', provider)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
