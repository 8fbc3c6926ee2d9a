import type { AccessToken } from '@enox/contracts';
import type { ApiTokenRow } from '../db/schema.js';

/** The contract shape: the hash stays on the server. */
export function toAccessToken(row: ApiTokenRow): AccessToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
