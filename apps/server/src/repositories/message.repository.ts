import { sql, type Kysely, type Transaction } from 'kysely';
import type { KeysetCursor } from '../db/cursor.js';
import type { Database, MessageRow, MessageStatus, NewMessage } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export function insertMessage(db: Db, message: NewMessage): Promise<MessageRow> {
  return db.insertInto('messages').values(message).returningAll().executeTakeFirstOrThrow();
}

/** A page of messages older than `before`, returned oldest first. */
export async function listMessagesPage(
  db: Db,
  chatId: string,
  options: { before: KeysetCursor | null; limit: number },
): Promise<MessageRow[]> {
  let query = db.selectFrom('messages').selectAll().where('chat_id', '=', chatId);
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
    );
  }
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.reverse();
}

/** The last `limit` messages the model should see, oldest first (unfinished answers left out). */
export async function recentHistory(db: Db, chatId: string, limit: number): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('chat_id', '=', chatId)
    .where('status', '!=', 'streaming')
    .where((eb) => eb.or([eb('role', '=', 'user'), eb('content', '!=', '')]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}

export async function lastMessages(db: Db, chatId: string, count: number): Promise<MessageRow[]> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('chat_id', '=', chatId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(count)
    .execute();
}

/** A message with the id of the user who owns its chat. */
export function findMessageWithOwner(
  db: Db,
  messageId: string,
): Promise<(MessageRow & { owner_id: string }) | undefined> {
  return db
    .selectFrom('messages')
    .innerJoin('chats', 'chats.id', 'messages.chat_id')
    .selectAll('messages')
    .select('chats.user_id as owner_id')
    .where('messages.id', '=', messageId)
    .executeTakeFirst();
}

/** Saves the text so far; only while the message is still streaming. */
export async function checkpointMessage(
  db: Db,
  messageId: string,
  content: string,
  thinking: string | null,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ content, thinking, updated_at: sql<Date>`now()` as never })
    .where('id', '=', messageId)
    .where('status', '=', 'streaming')
    .execute();
}

export async function finalizeMessage(
  db: Db,
  messageId: string,
  fields: {
    status: Exclude<MessageStatus, 'streaming'>;
    content: string;
    thinking: string | null;
    thinkingMs: number | null;
    inputTokens: number | null;
    outputTokens: number | null;
    errorCode?: string | null;
    errorMessage?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('messages')
    .set({
      status: fields.status,
      content: fields.content,
      thinking: fields.thinking,
      thinking_ms: fields.thinkingMs,
      input_tokens: fields.inputTokens,
      output_tokens: fields.outputTokens,
      error_code: fields.errorCode ?? null,
      error_message: fields.errorMessage ?? null,
      updated_at: new Date(),
    })
    .where('id', '=', messageId)
    .execute();
}

/** Rows left `streaming` by a process that died become `interrupted`, keeping their text. */
export async function interruptStaleStreaming(db: Db, olderThan: Date | null): Promise<number> {
  let query = db
    .updateTable('messages')
    .set({ status: 'interrupted', updated_at: new Date() })
    .where('status', '=', 'streaming');
  if (olderThan) query = query.where('updated_at', '<', olderThan);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteMessage(db: Db, messageId: string): Promise<void> {
  await db.deleteFrom('messages').where('id', '=', messageId).execute();
}
