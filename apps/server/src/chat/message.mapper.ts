import type { ChatSummary, Message, TokenUsage } from '@enox/contracts';
import type { ChatRow, MessageRow } from '../db/schema.js';
import { mediaUrl, type StoredMedia } from '../media/media-store.js';

type MessageMedia = Message['media'][number];

/** Token usage of an answer, `null` when the provider reported none. */
export function toUsage(row: MessageRow): TokenUsage | null {
  return row.input_tokens !== null || row.output_tokens !== null
    ? { inputTokens: row.input_tokens ?? 0, outputTokens: row.output_tokens ?? 0 }
    : null;
}

/** Stored media as the client sees it: a kind (stored kinds are the contract's media types) and an owner-only URL. */
export function toMessageMedia(media: StoredMedia): MessageMedia {
  return { id: media.id, mediaType: media.kind, mimeType: media.mimeType, url: mediaUrl(media.id) };
}

export function toMessage(row: MessageRow, media: readonly StoredMedia[]): Message {
  return {
    id: row.id,
    chatId: row.chat_id,
    role: row.role,
    content: row.content,
    thinking: row.thinking,
    thinkingMs: row.thinking_ms,
    status: row.status,
    modelId: row.model_id,
    usage: toUsage(row),
    media: media.map(toMessageMedia),
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    createdAt: row.created_at.toISOString(),
  };
}

export function toChatSummary(row: ChatRow): ChatSummary {
  return {
    id: row.id,
    title: row.title,
    modelId: row.model_id,
    agentId: row.agent_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
