import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.js';
import { findLiveToken, touchToken } from './token.repository.js';
import { hashToken, looksLikeAccessToken } from './token-secret.js';

/** `last_used_at` is for people reading the token list: minute precision is plenty. */
const TOUCH_INTERVAL_MS = 60_000;

export type TokenAuthenticator = (token: string) => Promise<UserRow | null>;

/**
 * Checks a bearer token against the database on every request, so a revoked
 * or expired token, or a disabled account, fails on the very next call.
 * Usage is recorded at most once a minute per token, not once per request.
 */
export function createTokenAuthenticator(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): TokenAuthenticator {
  return async (token) => {
    if (!looksLikeAccessToken(token)) return null;
    const at = now();
    const live = await findLiveToken(db, hashToken(token), at);
    if (!live) return null;
    const staleBefore = new Date(at.getTime() - TOUCH_INTERVAL_MS);
    if (!live.lastUsedAt || live.lastUsedAt < staleBefore) {
      await touchToken(db, live.tokenId, at, staleBefore);
    }
    return live.user;
  };
}

/** The token from `Authorization: Bearer …`, or null when the header is absent or another scheme. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
