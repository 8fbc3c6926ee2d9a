import type { User } from '@enox/contracts';
import type { UserRow } from '../db/schema.js';

/** Table rows never leave the server; this is the contract shape. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    avatarUrl: row.avatar_url,
    role: row.role,
    byokEnabled: row.byok_enabled,
    pinnedModelIds: row.pinned_model_ids,
    createdAt: row.created_at.toISOString(),
  };
}
