import { z } from 'zod';

export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((domain) => domain.replace(/^@/, ''))
  .pipe(
    z
      .string()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, 'Enter a domain such as example.com.'),
  );

/** Who may create an account. Admins can always create accounts themselves. */
export const signupPolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('open') }),
  z.object({ mode: z.literal('closed') }),
  z.object({
    mode: z.literal('domains'),
    domains: z
      .array(emailDomainSchema)
      .min(1, 'List at least one domain.')
      .max(50, 'List at most 50 domains.'),
  }),
]);
export type SignupPolicyInput = z.infer<typeof signupPolicySchema>;

export const setSettingsInput = z.object({ signup: signupPolicySchema });
export type SetSettingsInput = z.infer<typeof setSettingsInput>;

export const adminSettingsSchema = z.object({
  signup: signupPolicySchema,
  /** `environment` until an admin saves a policy (ENOX_SIGNUP is the default). */
  signupSource: z.enum(['environment', 'admin']),
  /** Requests per user per model per month when nothing else is set (ENOX_DEFAULT_MONTHLY_LIMIT). */
  defaultMonthlyLimit: z.number().int(),
});
export type AdminSettings = z.infer<typeof adminSettingsSchema>;
