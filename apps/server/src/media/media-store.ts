import type { Kysely } from 'kysely';
import type { Database, MediaKind } from '../db/schema.js';

export interface StoredMedia {
  readonly id: string;
  readonly kind: MediaKind;
  readonly mimeType: string;
  readonly size: number;
  readonly createdAt: Date;
}

/**
 * Where generated images, audio and video live. The database keeps them now;
 * an object store can replace this without touching callers.
 */
export interface MediaStore {
  put(media: {
    userId: string;
    messageId: string | null;
    kind: MediaKind;
    mimeType: string;
    bytes: Uint8Array;
  }): Promise<StoredMedia>;
  /** Only the owner gets anything back; for anyone else the media does not exist. */
  getForOwner(id: string, userId: string): Promise<(StoredMedia & { bytes: Uint8Array }) | null>;
  listForMessages(messageIds: readonly string[]): Promise<(StoredMedia & { messageId: string })[]>;
}

export function createDatabaseMediaStore(db: Kysely<Database>): MediaStore {
  return {
    async put(media) {
      const row = await db
        .insertInto('media')
        .values({
          user_id: media.userId,
          message_id: media.messageId,
          kind: media.kind,
          mime_type: media.mimeType,
          bytes: media.bytes,
          size: media.bytes.byteLength,
        })
        .returning(['id', 'kind', 'mime_type', 'size', 'created_at'])
        .executeTakeFirstOrThrow();
      return {
        id: row.id,
        kind: row.kind,
        mimeType: row.mime_type,
        size: row.size,
        createdAt: row.created_at,
      };
    },

    async getForOwner(id, userId) {
      const row = await db
        .selectFrom('media')
        .select(['id', 'kind', 'mime_type', 'size', 'created_at', 'bytes'])
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        kind: row.kind,
        mimeType: row.mime_type,
        size: row.size,
        createdAt: row.created_at,
        bytes: row.bytes,
      };
    },

    async listForMessages(messageIds) {
      if (messageIds.length === 0) return [];
      const rows = await db
        .selectFrom('media')
        .select(['id', 'kind', 'mime_type', 'size', 'created_at', 'message_id'])
        .where('message_id', 'in', messageIds)
        .orderBy('created_at')
        .execute();
      return rows.flatMap((r) =>
        r.message_id
          ? [
              {
                id: r.id,
                kind: r.kind,
                mimeType: r.mime_type,
                size: r.size,
                createdAt: r.created_at,
                messageId: r.message_id,
              },
            ]
          : [],
      );
    },
  };
}

export const mediaUrl = (id: string) => `/media/${id}`;
