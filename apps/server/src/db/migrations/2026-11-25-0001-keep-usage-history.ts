/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on the current schema types */
import { sql, type Kysely } from 'kysely';

// Frozen. Usage is the record of what was spent: deleting a model must not
// erase it. The counters and events now keep their model (delete is refused
// while history exists; deactivating is the way to retire a used model).

const TABLES = ['usage', 'usage_events'] as const;

async function setModelForeignKey(db: Kysely<any>, onDelete: 'restrict' | 'cascade') {
  for (const table of TABLES) {
    const constraint = `${table}_model_id_fkey`;
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(constraint)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(constraint)}
      foreign key (model_id) references models (id) on delete ${sql.raw(onDelete)}`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await setModelForeignKey(db, 'restrict');
}

export async function down(db: Kysely<any>): Promise<void> {
  await setModelForeignKey(db, 'cascade');
}
