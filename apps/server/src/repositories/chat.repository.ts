import type { Kysely, Transaction } from 'kysely';
import type { KeysetCursor } from '../db/cursor.js';
import type { ChatRow, Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export function findChatOfUser(
  db: Db,
  chatId: string,
  userId: string,
): Promise<ChatRow | undefined> {
  return db
    .selectFrom('chats')
    .selectAll()
    .where('id', '=', chatId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function insertChat(
  db: Db,
  chat: { user_id: string; model_id: string; agent_id: string | null; title: string },
): Promise<ChatRow> {
  return db.insertInto('chats').values(chat).returningAll().executeTakeFirstOrThrow();
}

/** Newest first, keyset-paged on (updated_at, id); `search` matches the title. */
export function listChatsOfUser(
  db: Db,
  userId: string,
  options: { search?: string | undefined; after: KeysetCursor | null; limit: number },
): Promise<ChatRow[]> {
  let query = db.selectFrom('chats').selectAll().where('user_id', '=', userId);
  if (options.search) {
    const pattern = `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('title', 'ilike', pattern);
  }
  if (options.after) {
    const { at, id } = options.after;
    query = query.where((eb) =>
      eb.or([eb('updated_at', '<', at), eb.and([eb('updated_at', '=', at), eb('id', '<', id)])]),
    );
  }
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export async function renameChat(
  db: Db,
  chatId: string,
  userId: string,
  title: string,
): Promise<ChatRow | undefined> {
  return db
    .updateTable('chats')
    .set({ title })
    .where('id', '=', chatId)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteChat(db: Db, chatId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('chats')
    .where('id', '=', chatId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The chat follows its latest message: its time and its model. */
export async function touchChat(db: Db, chatId: string, modelId: string, at: Date): Promise<void> {
  await db
    .updateTable('chats')
    .set({ updated_at: at, model_id: modelId })
    .where('id', '=', chatId)
    .execute();
}
