import { z } from 'zod';

export const modelTypeSchema = z.enum(['text', 'image', 'video', 'tts']);
export type ModelType = z.infer<typeof modelTypeSchema>;

export const providerKindSchema = z.enum(['openai-compatible', 'google']);
export type ProviderKind = z.infer<typeof providerKindSchema>;

export const modelCapabilitiesSchema = z.object({
  thinking: z.boolean(),
  tools: z.boolean(),
  vision: z.boolean(),
});
export type ModelCapabilities = z.infer<typeof modelCapabilitiesSchema>;

/** A model as users see it: never a key, never a base URL. */
export const modelSchema = z.object({
  id: z.string(),
  name: z.string(),
  modelId: z.string(),
  type: modelTypeSchema,
  provider: z.object({
    id: z.string(),
    name: z.string(),
    kind: providerKindSchema,
    simulated: z.boolean(),
  }),
  capabilities: modelCapabilitiesSchema,
  voices: z.array(z.string()),
});
export type Model = z.infer<typeof modelSchema>;
