import { createHash, randomBytes } from 'node:crypto';
import { ACCESS_TOKEN_PREFIX } from '@enox/contracts';

/** 32 random bytes, base64url: 43 characters after the prefix. */
const TOKEN_SHAPE = /^enox_pat_[A-Za-z0-9_-]{43}$/;
/** Characters of the random part kept in clear, so a person can tell tokens apart. */
const VISIBLE_CHARS = 4;

export interface MintedToken {
  /** Shown once to its owner, never stored. */
  readonly token: string;
  readonly prefix: string;
  readonly hash: string;
}

/**
 * A plain SHA-256 is enough here: the token carries 256 bits of randomness,
 * so there is nothing to brute-force, and a fast hash keeps the per-request
 * lookup to one indexed equality match.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function mintToken(): MintedToken {
  const token = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return {
    token,
    prefix: token.slice(0, ACCESS_TOKEN_PREFIX.length + VISIBLE_CHARS),
    hash: hashToken(token),
  };
}

/** Cheap shape check before any database work. */
export function looksLikeAccessToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
