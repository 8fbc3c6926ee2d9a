import { z } from 'zod';

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const imagePart = z.object({
  type: z.literal('image_url'),
  image_url: z.object({ url: z.string().min(1), detail: z.string().optional() }),
});
/** Parts we do not take (audio, files, refusals…) are named in a 400, not silently dropped. */
const otherPart = z.looseObject({ type: z.string() });
export const contentPartSchema = z.union([textPart, imagePart, otherPart]);
export type ContentPart = z.infer<typeof contentPartSchema>;

export const completionMessageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]).optional(),
  tool_calls: z.array(z.unknown()).nullish(),
});
export type CompletionMessage = z.infer<typeof completionMessageSchema>;

/**
 * The part of OpenAI's request body Enox honours. Unknown fields pass
 * (clients send many); fields we cannot honour are refused by name.
 */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string().trim().min(1, 'Name a model (GET /v1/models lists them).'),
  messages: z.array(completionMessageSchema).min(1, 'Send at least one message.'),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().nullish() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  n: z.literal(1, 'Only n = 1 is supported.').nullish(),
  reasoning_effort: z.string().nullish(),
  tools: z.array(z.unknown()).max(0, 'Tools are not supported by this API.').nullish(),
  functions: z.array(z.unknown()).max(0, 'Functions are not supported by this API.').nullish(),
});
export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;

/** Any effort but "none" asks a thinking-capable model to think (and show it). */
export function wantsThinking(request: ChatCompletionRequest): boolean {
  const effort = request.reasoning_effort;
  return typeof effort === 'string' && effort !== 'none';
}
