import { z } from 'zod';
import { idSchema } from './chat.js';
import { modelCapabilitiesSchema, modelTypeSchema, providerKindSchema } from './models.js';

export const MAX_MONTHLY_LIMIT = 1_000_000;
export const MAX_MODEL_TOKENS = 2_000_000;

export const monthlyLimitSchema = z
  .number({ message: 'Enter a whole number.' })
  .int('Enter a whole number.')
  .min(0, 'Use 0 or more.')
  .max(MAX_MONTHLY_LIMIT, `Use at most ${MAX_MONTHLY_LIMIT.toLocaleString('en')}.`);

const modelFields = {
  providerId: z.uuid('Pick a provider.'),
  modelId: z
    .string()
    .trim()
    .min(1, 'Enter the model id the provider uses.')
    .max(200, 'Use at most 200 characters.'),
  name: z.string().trim().min(1, 'Enter a display name.').max(80, 'Use at most 80 characters.'),
  type: modelTypeSchema,
  /** Requests per user per month; null uses the server default. */
  monthlyLimit: monthlyLimitSchema.nullable(),
  /** Output token cap; null leaves it to the request and the server's cap. */
  maxTokens: z
    .number({ message: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(1, 'Use at least 1.')
    .max(MAX_MODEL_TOKENS, `Use at most ${MAX_MODEL_TOKENS.toLocaleString('en')}.`)
    .nullable(),
  capabilities: modelCapabilitiesSchema,
  active: z.boolean(),
};

export const createModelInput = z.object({
  ...modelFields,
  monthlyLimit: modelFields.monthlyLimit.default(null),
  maxTokens: modelFields.maxTokens.default(null),
  capabilities: modelFields.capabilities.default({ thinking: false, tools: false, vision: false }),
  active: modelFields.active.default(true),
});
export type CreateModelInput = z.infer<typeof createModelInput>;

/** Only what is sent changes. */
export const updateModelInput = z.object(modelFields).partial().extend({ id: idSchema });
export type UpdateModelInput = z.infer<typeof updateModelInput>;

export const modelIdInput = z.object({ id: idSchema });

export const setModelActiveInput = z.object({ id: idSchema, active: z.boolean() });
export type SetModelActiveInput = z.infer<typeof setModelActiveInput>;

/** A model as admins see it, with its provider and all of its settings. */
export const adminModelSchema = z.object({
  id: z.string(),
  modelId: z.string(),
  name: z.string(),
  type: modelTypeSchema,
  provider: z.object({
    id: z.string(),
    name: z.string(),
    kind: providerKindSchema,
    active: z.boolean(),
  }),
  monthlyLimit: z.number().int().nullable(),
  maxTokens: z.number().int().nullable(),
  capabilities: modelCapabilitiesSchema,
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminModel = z.infer<typeof adminModelSchema>;
