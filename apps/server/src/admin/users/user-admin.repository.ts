import type { Role, UserRow } from '../../db/schema.js';
import type { Db } from '../shared/db.js';
import type { PageCursor } from '../shared/page-cursor.js';

export interface UserQuery {
  readonly search?: string | undefined;
  readonly role?: Role | undefined;
  readonly after: PageCursor | null;
  readonly limit: number;
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Newest accounts first; one row beyond the page tells whether another follows. */
export function listUsers(db: Db, query: UserQuery): Promise<UserRow[]> {
  let select = db
    .selectFrom('users')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.search) {
    const pattern = containsPattern(query.search);
    select = select.where((eb) =>
      eb.or([eb('name', 'ilike', pattern), eb('email', 'ilike', pattern)]),
    );
  }
  if (query.role) select = select.where('role', '=', query.role);
  const after = query.after;
  if (after) {
    select = select.where((eb) =>
      eb.or([
        eb('created_at', '<', after.at),
        eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)]),
      ]),
    );
  }
  return select.execute();
}

export function setDisabledAt(db: Db, id: string, at: Date | null): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({ disabled_at: at, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
