import { z } from 'zod';
import { idSchema } from './chat.js';
import { providerKindSchema } from './models.js';

/** Known OpenAI-compatible services; the server checks this list against the provider layer's. */
export const providerPresetSchema = z.enum([
  'openai',
  'anthropic',
  'groq',
  'mistral',
  'openrouter',
  'deepseek',
  'xai',
  'together',
  'ollama',
  'lmstudio',
  'vllm',
]);
export type ProviderPreset = z.infer<typeof providerPresetSchema>;

export const providerNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(80, 'Use at most 80 characters.');

export const providerBaseUrlSchema = z
  .url({ protocol: /^https?$/, message: 'Enter an http(s) URL.' })
  .max(500, 'Use at most 500 characters.')
  .transform((url) => url.replace(/\/+$/, ''));

export const providerApiKeySchema = z
  .string()
  .trim()
  .min(8, 'This does not look like an API key.')
  .max(500, 'This key is too long.')
  .refine((key) => !/\s/.test(key), 'An API key has no spaces.');

const presetOnlyForCompatible = {
  message: 'Presets are for OpenAI-compatible providers.',
  path: ['preset'],
};

export const createProviderInput = z
  .object({
    kind: providerKindSchema,
    name: providerNameSchema,
    preset: providerPresetSchema.nullable().default(null),
    /** Empty: the preset's URL, or the provider's public API. */
    baseUrl: providerBaseUrlSchema.nullable().default(null),
    /** Optional for local servers (Ollama, LM Studio, vLLM) that take none. */
    apiKey: providerApiKeySchema.optional(),
    active: z.boolean().default(true),
  })
  .refine((input) => input.kind === 'openai-compatible' || !input.preset, presetOnlyForCompatible);
export type CreateProviderInput = z.infer<typeof createProviderInput>;

/** Only what is sent changes: leaving `apiKey` out keeps the stored key. */
export const updateProviderInput = z.object({
  id: idSchema,
  name: providerNameSchema.optional(),
  preset: providerPresetSchema.nullable().optional(),
  baseUrl: providerBaseUrlSchema.nullable().optional(),
  apiKey: providerApiKeySchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateProviderInput = z.infer<typeof updateProviderInput>;

export const providerIdInput = z.object({ id: idSchema });

export const rotateProviderKeyInput = z.object({ id: idSchema, apiKey: providerApiKeySchema });
export type RotateProviderKeyInput = z.infer<typeof rotateProviderKeyInput>;

/**
 * Tests a stored provider (`id`), a stored provider with edited values, or a
 * provider not saved yet (`kind` and the rest). Values sent win over stored ones.
 */
export const testProviderKeyInput = z
  .object({
    id: idSchema.optional(),
    kind: providerKindSchema.optional(),
    preset: providerPresetSchema.nullable().optional(),
    baseUrl: providerBaseUrlSchema.nullable().optional(),
    apiKey: providerApiKeySchema.optional(),
  })
  .refine((input) => input.id !== undefined || input.kind !== undefined, {
    message: 'Pick a provider kind.',
    path: ['kind'],
  });
export type TestProviderKeyInput = z.infer<typeof testProviderKeyInput>;

/** A provider as admins see it: the key only ever as a mask such as `sk-…abcd`. */
export const adminProviderSchema = z.object({
  id: z.string(),
  kind: providerKindSchema,
  name: z.string(),
  preset: providerPresetSchema.nullable(),
  baseUrl: z.string().nullable(),
  simulated: z.boolean(),
  active: z.boolean(),
  maskedKey: z.string().nullable(),
  modelCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminProvider = z.infer<typeof adminProviderSchema>;

export const providerKeyTestSchema = z.object({
  ok: z.boolean(),
  /** Safe to show: never contains the key. */
  message: z.string(),
  /** How many models the provider listed, when it answered. */
  modelCount: z.number().int().nullable(),
  latencyMs: z.number().int(),
});
export type ProviderKeyTest = z.infer<typeof providerKeyTestSchema>;
