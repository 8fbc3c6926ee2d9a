import type { AuditTarget } from '@enox/contracts';
import type { Db } from '../shared/db.js';
import type { PageCursor } from '../shared/page-cursor.js';

export interface NewAuditEntry {
  readonly actorId: string;
  /** `<target>.<verb>`, e.g. `provider.rotate-key`. */
  readonly action: string;
  readonly targetType: AuditTarget;
  readonly targetId: string | null;
  /** Snapshots must already be free of secrets; see the services' `snapshot` helpers. */
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

const json = (value: Record<string, unknown> | null) =>
  value === null ? null : JSON.stringify(value);

export async function insertAuditEntry(db: Db, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      before: json(entry.before),
      after: json(entry.after),
    })
    .execute();
}

export interface AuditQuery {
  readonly targetType?: string | undefined;
  readonly actorId?: string | undefined;
  readonly after: PageCursor | null;
  readonly limit: number;
}

export function listAuditEntries(db: Db, query: AuditQuery) {
  let select = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.created_at',
      'audit_log.action',
      'audit_log.target_type',
      'audit_log.target_id',
      'audit_log.before',
      'audit_log.after',
      'audit_log.actor_id',
      'users.name as actor_name',
      'users.email as actor_email',
    ])
    .orderBy('audit_log.created_at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit + 1);
  if (query.targetType) select = select.where('audit_log.target_type', '=', query.targetType);
  if (query.actorId) select = select.where('audit_log.actor_id', '=', query.actorId);
  const after = query.after;
  if (after) {
    select = select.where((eb) =>
      eb.or([
        eb('audit_log.created_at', '<', after.at),
        eb.and([eb('audit_log.created_at', '=', after.at), eb('audit_log.id', '<', after.id)]),
      ]),
    );
  }
  return select.execute();
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>[number];
