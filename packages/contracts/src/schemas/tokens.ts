import { z } from 'zod';
import { idSchema } from './chat.js';

/** Every personal access token starts with this, so leaks are easy to spot and scan for. */
export const ACCESS_TOKEN_PREFIX = 'enox_pat_';

export const createTokenInput = z.object({
  name: z.string().trim().min(1, 'Name the token.').max(80, 'Use at most 80 characters.'),
  /** When the token stops working (ISO 8601); none means until it is revoked. */
  expiresAt: z.iso
    .datetime({ offset: true, message: 'Use a date and time such as 2027-01-31T00:00:00Z.' })
    .refine((at) => Date.parse(at) > Date.now(), 'Pick an expiry in the future.')
    .optional(),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;

export const tokenIdInput = z.object({ id: idSchema });

/** What a person sees of a token after creating it: never the token itself. */
export const accessTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The token's first characters, to tell tokens apart (`enox_pat_AbCd`). */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;

/** The one response that carries the token: it is shown once and only its hash is kept. */
export const createdTokenSchema = accessTokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;
