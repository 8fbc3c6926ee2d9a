import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Email is too long.')
  .pipe(z.email('Enter a valid email address.'));

/**
 * NIST 800-63B style: length over composition rules. The upper bound keeps
 * hashing cost bounded for hostile inputs.
 */
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(128, 'Use at most 128 characters.')
  .refine((value) => new Set(value).size >= 4, 'Use a less repetitive password.');

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter your name.')
  .max(80, 'Use at most 80 characters.');

export const registerInput = z
  .object({ email: emailSchema, password: passwordSchema, name: displayNameSchema })
  .refine((input) => input.password.toLowerCase() !== input.email, {
    message: 'Your password must not be your email.',
    path: ['password'],
  });
export type RegisterInput = z.infer<typeof registerInput>;

export const loginInput = z.object({
  email: emailSchema,
  // Login checks only the bounds; rules changed since sign-up must not lock people out.
  password: z.string().min(1, 'Enter your password.').max(128),
});
export type LoginInput = z.infer<typeof loginInput>;

export const userRoleSchema = z.enum(['user', 'admin']);
export type UserRole = z.infer<typeof userRoleSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  role: userRoleSchema,
  byokEnabled: z.boolean(),
  pinnedModelIds: z.array(z.string()),
  createdAt: z.string(),
});
/** The signed-in person as every client sees them. */
export type User = z.infer<typeof userSchema>;
