import { z } from 'zod';
import { idSchema } from './chat.js';

/** Providers a person can bring their own key for. */
export const keyProviderSchema = z.enum([
  'openai',
  'anthropic',
  'google',
  'mistral',
  'groq',
  'openrouter',
  'deepseek',
  'xai',
  'custom',
]);
export type KeyProvider = z.infer<typeof keyProviderSchema>;

const httpUrl = z
  .url({ protocol: /^https?$/, message: 'Enter an http(s) URL.' })
  .max(500)
  .transform((url) => url.replace(/\/+$/, ''));

export const setKeyInput = z
  .object({
    provider: keyProviderSchema,
    apiKey: z.string().trim().min(8, 'This does not look like an API key.').max(500),
    baseUrl: httpUrl.optional(),
  })
  .refine((input) => input.provider !== 'custom' || input.baseUrl, {
    message: 'A custom provider needs its base URL.',
    path: ['baseUrl'],
  });
export type SetKeyInput = z.infer<typeof setKeyInput>;

export const keyProviderInput = z.object({ provider: keyProviderSchema });

/** What a person sees of a stored key: never the key itself. */
export const apiKeySummarySchema = z.object({
  provider: keyProviderSchema,
  last4: z.string(),
  baseUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApiKeySummary = z.infer<typeof apiKeySummarySchema>;

export const keyTestResultSchema = z.object({ ok: z.boolean(), message: z.string() });
export type KeyTestResult = z.infer<typeof keyTestResultSchema>;

export const setByokInput = z.object({ enabled: z.boolean() });

export const updateProfileInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter your name.')
    .max(80, 'Use at most 80 characters.')
    .optional(),
  avatarUrl: z
    .url({ protocol: /^https?$/, message: 'Enter an http(s) URL.' })
    .max(1000)
    .nullable()
    .optional(),
});

export const setPinnedModelsInput = z.object({
  modelIds: z.array(idSchema).max(3, 'Pin at most 3 models.'),
});

export const modelUsageSchema = z.object({
  modelId: z.string(),
  modelName: z.string(),
  used: z.number().int(),
  limit: z.number().int(),
  remaining: z.number().int(),
  ownKey: z.number().int(),
  resetsAt: z.string(),
});
export type ModelUsage = z.infer<typeof modelUsageSchema>;
