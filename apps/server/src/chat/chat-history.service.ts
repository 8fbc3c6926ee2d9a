import { AppError, type ChatService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import { decodeCursor, encodeCursor } from '../db/cursor.js';
import type { Database } from '../db/schema.js';
import type { MediaStore } from '../media/media-store.js';
import * as chats from '../repositories/chat.repository.js';
import * as messages from '../repositories/message.repository.js';
import { toChatSummary, toMessage } from './message.mapper.js';
import type { StopRun } from './run-stop-relay.js';

type HistoryService = Pick<ChatService, 'list' | 'messages' | 'rename' | 'delete'>;

const notFound = () => new AppError('NOT_FOUND', { message: 'This chat does not exist.' });

/** Browsing and organising one's chats; every query is scoped to the caller. */
export function createChatHistoryService(deps: {
  readonly db: Kysely<Database>;
  readonly media: MediaStore;
  readonly stopRun: StopRun;
}): HistoryService {
  const { db } = deps;
  return {
    async list(user, input) {
      const rows = await chats.listChatsOfUser(db, user.id, {
        search: input.search,
        after: decodeCursor(input.cursor),
        limit: input.limit + 1,
      });
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      return {
        items: page.map(toChatSummary),
        nextCursor:
          rows.length > input.limit && last
            ? encodeCursor({ at: last.updated_at, id: last.id })
            : null,
      };
    },

    async messages(user, input) {
      const chat = await chats.findChatOfUser(db, input.chatId, user.id);
      if (!chat) throw notFound();
      const rows = await messages.listMessagesPage(db, chat.id, {
        before: decodeCursor(input.cursor),
        limit: input.limit + 1,
      });
      // One extra row was read to know whether an older page exists; it is the oldest.
      const hasOlder = rows.length > input.limit;
      const page = hasOlder ? rows.slice(1) : rows;
      const media = await deps.media.listForMessages(page.map((m) => m.id));
      const first = page[0];
      return {
        items: page.map((row) =>
          toMessage(
            row,
            media.filter((m) => m.messageId === row.id),
          ),
        ),
        nextCursor: hasOlder && first ? encodeCursor({ at: first.created_at, id: first.id }) : null,
      };
    },

    async rename(user, input) {
      const chat = await chats.renameChat(db, input.chatId, user.id, input.title);
      if (!chat) throw notFound();
      return toChatSummary(chat);
    },

    async delete(user, input) {
      const chat = await chats.findChatOfUser(db, input.chatId, user.id);
      if (!chat) throw notFound();
      const streaming = await db
        .selectFrom('messages')
        .select('id')
        .where('chat_id', '=', chat.id)
        .where('status', '=', 'streaming')
        .execute();
      await Promise.all(streaming.map(({ id }) => deps.stopRun(id)));
      await chats.deleteChat(db, chat.id, user.id);
      return { ok: true as const };
    },
  };
}
