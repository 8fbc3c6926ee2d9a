import { z } from 'zod';

export const mediaTypeSchema = z.enum(['image', 'audio', 'video']);
export type MediaType = z.infer<typeof mediaTypeSchema>;

export const tokenUsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
});
export type TokenUsage = z.infer<typeof tokenUsageSchema>;

/**
 * Everything a run tells its subscribers, in order. Each event travels as
 * `tracked(id, event)`, so a reconnect resumes after the last id it saw.
 */
export const chatEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('meta'),
    chatId: z.string(),
    runId: z.string(),
    userMessageId: z.string(),
    assistantMessageId: z.string(),
    modelId: z.string(),
  }),
  z.object({ type: z.literal('thinking_start') }),
  z.object({ type: z.literal('thinking_content'), text: z.string() }),
  z.object({ type: z.literal('thinking_done'), elapsedMs: z.number().int().nonnegative() }),
  z.object({ type: z.literal('chunk'), text: z.string() }),
  z.object({ type: z.literal('generating'), mediaType: mediaTypeSchema }),
  z.object({
    type: z.literal('media'),
    mediaId: z.string(),
    mediaType: mediaTypeSchema,
    mimeType: z.string(),
    url: z.string(),
  }),
  z.object({ type: z.literal('clear_content') }),
  z.object({
    type: z.literal('done'),
    chatId: z.string(),
    messageId: z.string(),
    status: z.enum(['complete', 'stopped']),
    usage: tokenUsageSchema.nullable(),
  }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type ChatEvent = z.infer<typeof chatEventSchema>;
export type ChatEventType = ChatEvent['type'];

/** A run's last event is one of these. */
export function isTerminalChatEvent(event: ChatEvent): boolean {
  return event.type === 'done' || event.type === 'error';
}
