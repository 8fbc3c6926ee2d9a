/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on the current schema types */
import type { Kysely } from 'kysely';

// Frozen. Indexes for admin lists that filter before they page: the usage
// logs of one model over a date range, and the audit log of one target type.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('usage_events_model_created_idx')
    .on('usage_events')
    .columns(['model_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_target_created_idx')
    .on('audit_log')
    .columns(['target_type', 'created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_target_created_idx').ifExists().execute();
  await db.schema.dropIndex('usage_events_model_created_idx').ifExists().execute();
}
