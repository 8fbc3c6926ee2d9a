import { z } from 'zod';
import { idSchema } from './chat.js';

export const agentUsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_]{3,30}$/, 'Use 3–30 lowercase letters, digits or underscores.');

const agentFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(80, 'Use at most 80 characters.'),
  username: agentUsernameSchema,
  description: z.string().trim().max(500, 'Use at most 500 characters.').default(''),
  systemPrompt: z
    .string()
    .max(10_000, 'The system prompt may be at most 10,000 characters.')
    .default(''),
  modelId: idSchema,
  temperature: z
    .number()
    .min(0, 'Temperature is between 0 and 2.')
    .max(2, 'Temperature is between 0 and 2.')
    .nullable()
    .default(null),
  topP: z
    .number()
    .min(0, 'Top P is between 0 and 1.')
    .max(1, 'Top P is between 0 and 1.')
    .nullable()
    .default(null),
  maxTokens: z
    .number()
    .int()
    .positive('Max tokens must be positive.')
    .max(1_000_000)
    .nullable()
    .default(null),
  isPublic: z.boolean().default(false),
};

export const createAgentInput = z.object(agentFields);
export type CreateAgentInput = z.infer<typeof createAgentInput>;

export const updateAgentInput = z.object({ id: idSchema }).extend(
  Object.fromEntries(Object.entries(agentFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof agentFields]: z.ZodOptional<(typeof agentFields)[K]>;
  },
);
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
