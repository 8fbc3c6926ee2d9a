import { z } from 'zod';
import { idSchema, systemPromptSchema } from './chat.js';

export const agentUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_]{3,30}$/, 'Use 3–30 lowercase letters, digits or underscores.');

// The fields without defaults: an update must leave out what it does not change.
const agentFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.'),
  username: agentUsernameSchema,
  description: z.string().trim().max(500, 'Use at most 500 characters.'),
  systemPrompt: systemPromptSchema,
  modelId: idSchema,
  temperature: z
    .number()
    .min(0, 'Temperature is between 0 and 2.')
    .max(2, 'Temperature is between 0 and 2.')
    .nullable(),
  topP: z
    .number()
    .min(0, 'Top P is between 0 and 1.')
    .max(1, 'Top P is between 0 and 1.')
    .nullable(),
  maxTokens: z.number().int().positive('Max tokens must be positive.').max(1_000_000).nullable(),
  isPublic: z.boolean(),
};

export const createAgentInput = z.object({
  ...agentFields,
  description: agentFields.description.default(''),
  systemPrompt: agentFields.systemPrompt.default(''),
  temperature: agentFields.temperature.default(null),
  topP: agentFields.topP.default(null),
  maxTokens: agentFields.maxTokens.default(null),
  isPublic: agentFields.isPublic.default(false),
});
export type CreateAgentInput = z.infer<typeof createAgentInput>;

export const updateAgentInput = z.object(agentFields).partial().extend({ id: idSchema });
export type UpdateAgentInput = z.infer<typeof updateAgentInput>;

export const agentIdInput = z.object({ id: idSchema });

export const publicAgentsInput = z.object({
  search: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(24),
});

export const agentByUsernameInput = z.object({ username: agentUsernameSchema });

/** What anyone may see of an agent. */
export const publicAgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  description: z.string(),
  modelId: z.string(),
  modelName: z.string(),
  creatorName: z.string(),
  isPublic: z.boolean(),
  createdAt: z.string(),
});
export type PublicAgent = z.infer<typeof publicAgentSchema>;

/** What the creator sees: everything. */
export const agentSchema = publicAgentSchema.extend({
  systemPrompt: z.string(),
  temperature: z.number().nullable(),
  topP: z.number().nullable(),
  maxTokens: z.number().nullable(),
  updatedAt: z.string(),
});
export type Agent = z.infer<typeof agentSchema>;
