import { z } from 'zod';
import { displayNameSchema, emailSchema, passwordSchema, userRoleSchema } from './auth.js';

export const setUserRoleInput = z.object({
  userId: z.uuid('Unknown user.'),
  role: userRoleSchema,
});
export type SetUserRoleInput = z.infer<typeof setUserRoleInput>;

export const userIdInput = z.object({ userId: z.uuid('Unknown user.') });
export type UserIdInput = z.infer<typeof userIdInput>;

export const listUsersInput = z.object({
  /** Part of a name or an email address, any case. */
  search: z.string().trim().max(200).optional(),
  role: userRoleSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListUsersInput = z.infer<typeof listUsersInput>;

/** An account made by an administrator, which works whatever the sign-up policy. */
export const createUserInput = z
  .object({
    email: emailSchema,
    name: displayNameSchema,
    password: passwordSchema,
    role: userRoleSchema.default('user'),
  })
  .refine((input) => input.password.toLowerCase() !== input.email, {
    message: 'The password must not be the email.',
    path: ['password'],
  });
export type CreateUserInput = z.infer<typeof createUserInput>;

/** A person as admins see them. */
export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  role: userRoleSchema,
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
