import { Lucia, TimeSpan } from 'lucia';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema.js';
import { KyselyLuciaAdapter } from './lucia-kysely-adapter.js';

export const SESSION_COOKIE = 'enox_session';

export function createLucia(db: Kysely<Database>) {
  return new Lucia(new KyselyLuciaAdapter(db), {
    // Sliding expiry: lucia extends a session used in the second half of its life.
    sessionExpiresIn: new TimeSpan(30, 'd'),
    sessionCookie: {
      name: SESSION_COOKIE,
      // `secure` is decided per request (https or not), see session.plugin.ts.
      attributes: { sameSite: 'lax', secure: false },
    },
    getUserAttributes: (attributes) => attributes,
  });
}

export type Auth = ReturnType<typeof createLucia>;

declare module 'lucia' {
  interface Register {
    Lucia: Auth;
    DatabaseUserAttributes: UserRow;
  }
}
