import type { Kysely, Transaction } from 'kysely';
import type { ApiTokenRow, Database, UserRow } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Enough for any person; the page shows them all. */
const LIST_LIMIT = 200;

export function insertToken(
  db: Db,
  token: { userId: string; name: string; prefix: string; hash: string; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      prefix: token.prefix,
      token_hash: token.hash,
      expires_at: token.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listTokensOfUser(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
}

/** Sets `revoked_at` once; revoking again keeps the first time. */
export async function revokeToken(
  db: Db,
  userId: string,
  id: string,
  at: Date,
): Promise<ApiTokenRow | undefined> {
  const revoked = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return (
    revoked ??
    db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst()
  );
}

export interface LiveToken {
  readonly tokenId: string;
  readonly lastUsedAt: Date | null;
  readonly user: UserRow;
}

/** The token's owner, only while the token is neither revoked nor expired and the account is enabled. */
export async function findLiveToken(db: Db, hash: string, now: Date): Promise<LiveToken | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.id as token_id', 'api_tokens.last_used_at as token_last_used_at'])
    .where('api_tokens.token_hash', '=', hash)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]),
    )
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  const { token_id, token_last_used_at, ...user } = row;
  return { tokenId: token_id, lastUsedAt: token_last_used_at, user };
}

/** Conditional, so concurrent requests in the same minute write the row once. */
export async function touchToken(db: Db, tokenId: string, now: Date, staleBefore: Date) {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', tokenId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)]))
    .execute();
}
