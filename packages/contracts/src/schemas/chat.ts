import { z } from 'zod';
import { mediaTypeSchema, tokenUsageSchema } from './chat-event.js';

export const idSchema = z.uuid('Unknown id.');

export const MAX_ATTACHMENTS = 5;
export const MAX_MESSAGE_CHARS = 100_000;

export const aspectRatioSchema = z.enum(['1:1', '16:9', '9:16', '4:3', '3:4']);
export type AspectRatio = z.infer<typeof aspectRatioSchema>;

export const attachmentInput = z.object({
  name: z.string().trim().min(1).max(255),
  mimeType: z.string().trim().min(1).max(127),
  /** Base64; size and type caps are checked by the server with clear errors. */
  data: z.string().min(1),
});
export type AttachmentInput = z.infer<typeof attachmentInput>;

export const generationOptions = z.object({
  aspectRatio: aspectRatioSchema.optional(),
  voice: z.string().trim().min(1).max(40).optional(),
});

export const systemPromptSchema = z
  .string()
  .max(10_000, 'The system prompt may be at most 10,000 characters.');

/**
 * The Agent Studio's unsaved agent, tested before saving: its prompt replaces the
 * agent's, and the request's model and settings are used as sent. Only the agent's
 * creator may send one (or anyone, before the agent exists).
 */
export const agentDraftInput = z.object({ systemPrompt: systemPromptSchema });
export type AgentDraftInput = z.infer<typeof agentDraftInput>;

const samplingSettings = {
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().min(0).max(1).optional(),
  maxTokens: z.number().int().positive().max(1_000_000).optional(),
};

export const sendMessageInput = z.object({
  chatId: idSchema.optional(),
  modelId: idSchema,
  agentId: idSchema.optional(),
  message: z.string().max(MAX_MESSAGE_CHARS, 'The message is too long.'),
  attachments: z
    .array(attachmentInput)
    .max(MAX_ATTACHMENTS, `Attach at most ${MAX_ATTACHMENTS} files.`)
    .optional(),
  thinking: z.boolean().optional(),
  options: generationOptions.optional(),
  ...samplingSettings,
  agentDraft: agentDraftInput.optional(),
});
export type SendMessageInput = z.infer<typeof sendMessageInput>;

export const sendMessageOutput = z.object({
  chatId: z.string(),
  runId: z.string(),
  userMessageId: z.string(),
});
export type SendMessageOutput = z.infer<typeof sendMessageOutput>;

export const chatEventsInput = z.object({
  runId: idSchema,
  lastEventId: z.string().max(64).optional(),
});

export const regenerateInput = z.object({
  chatId: idSchema,
  modelId: idSchema.optional(),
  thinking: z.boolean().optional(),
  options: generationOptions.optional(),
  ...samplingSettings,
  agentDraft: agentDraftInput.optional(),
});

export const runInput = z.object({ runId: idSchema });

export const chatListInput = z.object({
  search: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(30),
});

export const chatMessagesInput = z.object({
  chatId: idSchema,
  /** Pages go backwards in time: pass the previous page's `nextCursor` for older messages. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const renameChatInput = z.object({
  chatId: idSchema,
  title: z.string().trim().min(1, 'Enter a title.').max(200, 'Use at most 200 characters.'),
});

export const chatIdInput = z.object({ chatId: idSchema });

export const messageStatusSchema = z.enum([
  'streaming',
  'complete',
  'stopped',
  'interrupted',
  'error',
]);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const mediaRefSchema = z.object({
  id: z.string(),
  mediaType: mediaTypeSchema,
  mimeType: z.string(),
  url: z.string(),
});
export type MediaRef = z.infer<typeof mediaRefSchema>;

export const messageSchema = z.object({
  id: z.string(),
  chatId: z.string(),
  role: z.enum(['user', 'assistant', 'system']),
  content: z.string(),
  thinking: z.string().nullable(),
  thinkingMs: z.number().nullable(),
  status: messageStatusSchema,
  modelId: z.string().nullable(),
  usage: tokenUsageSchema.nullable(),
  media: z.array(mediaRefSchema),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof messageSchema>;

export const chatSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  modelId: z.string().nullable(),
  agentId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ChatSummary = z.infer<typeof chatSummarySchema>;

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}
