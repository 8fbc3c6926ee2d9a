import { z } from 'zod';
import { monthlyLimitSchema } from './admin-models.js';
import { modelTypeSchema } from './models.js';

const userModelFields = {
  userId: z.uuid('Unknown user.'),
  modelId: z.uuid('Unknown model.'),
};

export const listLimitsInput = z.object({ userId: userModelFields.userId });

export const setLimitInput = z.object({ ...userModelFields, monthlyLimit: monthlyLimitSchema });
export type SetLimitInput = z.infer<typeof setLimitInput>;

export const removeLimitInput = z.object(userModelFields);
export type RemoveLimitInput = z.infer<typeof removeLimitInput>;

/** One model's limit for one person, with what they have used of it this month. */
export const userModelLimitSchema = z.object({
  modelId: z.string(),
  modelName: z.string(),
  type: modelTypeSchema,
  active: z.boolean(),
  /** What applies without an override: the model's limit, or the server default. */
  defaultLimit: z.number().int(),
  /** The per-user override, when one is set. */
  override: z.number().int().nullable(),
  effectiveLimit: z.number().int(),
  /** Requests on the platform key this month (these count against the limit). */
  used: z.number().int(),
  /** Requests on the person's own key this month (these do not). */
  ownKey: z.number().int(),
});
export type UserModelLimit = z.infer<typeof userModelLimitSchema>;

export const userLimitsSchema = z.object({
  userId: z.string(),
  /** The UTC month the usage figures are for, `YYYY-MM-01`. */
  month: z.string(),
  models: z.array(userModelLimitSchema),
});
export type UserLimits = z.infer<typeof userLimitsSchema>;
