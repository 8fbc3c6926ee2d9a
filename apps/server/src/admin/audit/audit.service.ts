import type { AdminAuditService, AuditEntry } from '@enox/contracts';
import type { Db } from '../shared/db.js';
import { decodePageCursor, toPage } from '../shared/page-cursor.js';
import { listAuditEntries, type AuditRow } from './audit.repository.js';

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    createdAt: row.created_at.toISOString(),
    actor:
      row.actor_id && row.actor_name !== null && row.actor_email !== null
        ? { id: row.actor_id, name: row.actor_name, email: row.actor_email }
        : null,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    before: asRecord(row.before),
    after: asRecord(row.after),
  };
}

export function createAuditService(db: Db): AdminAuditService {
  return {
    async list(input) {
      const rows = await listAuditEntries(db, {
        targetType: input.targetType,
        actorId: input.actorId,
        after: decodePageCursor(input.cursor),
        limit: input.limit,
      });
      return toPage(
        rows,
        input.limit,
        (row) => ({ at: row.created_at, id: String(row.id) }),
        toAuditEntry,
      );
    },
  };
}
