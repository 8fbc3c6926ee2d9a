import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface ThrottleState {
  readonly failures: number;
  readonly lockedUntil: Date | null;
}

export async function readThrottle(db: Kysely<Database>, keys: string[]): Promise<ThrottleState[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('auth_throttle')
    .select(['failures', 'locked_until'])
    .where('key', 'in', keys)
    .execute();
  return rows.map((r) => ({ failures: r.failures, lockedUntil: r.locked_until }));
}

/**
 * Counts one failure in a fixed window and locks the key when it reaches the
 * limit, atomically (one upsert), so parallel attempts cannot slip past.
 */
export async function recordFailure(
  db: Kysely<Database>,
  key: string,
  limit: number,
  windowMs: number,
  lockMs: number,
): Promise<void> {
  const window = sql`make_interval(secs => ${windowMs / 1000})`;
  const lock = sql`make_interval(secs => ${lockMs / 1000})`;
  await db
    .insertInto('auth_throttle')
    .values({ key, failures: 1, window_started_at: sql<Date>`now()` as never, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when auth_throttle.window_started_at < now() - ${window} then 1 else auth_throttle.failures + 1 end`,
        window_started_at: sql`case when auth_throttle.window_started_at < now() - ${window} then now() else auth_throttle.window_started_at end`,
        locked_until: sql`case when auth_throttle.window_started_at >= now() - ${window} and auth_throttle.failures + 1 >= ${limit} then now() + ${lock} else auth_throttle.locked_until end`,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
