import type { ChatSummary, Message } from '@enox/contracts';
import type { ChatRow, MessageRow } from '../db/schema.js';
import { mediaUrl, type StoredMedia } from '../media/media-store.js';

const MEDIA_TYPE = { image: 'image', audio: 'audio', video: 'video' } as const;

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
    usage:
      row.input_tokens !== null || row.output_tokens !== null
        ? { inputTokens: row.input_tokens ?? 0, outputTokens: row.output_tokens ?? 0 }
        : null,
    media: media.map((m) => ({
      id: m.id,
      mediaType: MEDIA_TYPE[m.kind],
      mimeType: m.mimeType,
      url: mediaUrl(m.id),
    })),
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
