import { z } from 'zod';
import { userRoleSchema } from './auth.js';

export const setUserRoleInput = z.object({
  userId: z.uuid('Unknown user.'),
  role: userRoleSchema,
});
export type SetUserRoleInput = z.infer<typeof setUserRoleInput>;
