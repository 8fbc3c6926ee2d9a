import {
  AppError,
  type AuthService,
  type LoginInput,
  type RegisterInput,
  type SessionGrant,
} from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Auth } from '../auth/lucia.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../auth/password.js';
import type { Database, UserRow } from '../db/schema.js';
import type { SignupPolicy } from '../env.js';
import { isUniqueViolation } from '../db/errors.js';
import * as users from '../repositories/user.repository.js';
import { assertSignupAllowed } from './signup-policy.js';
import { toUser } from './user.mapper.js';

export interface AuthServiceDeps {
  readonly db: Kysely<Database>;
  readonly lucia: Auth;
  readonly throttle: LoginThrottle;
  readonly adminEmail: string | undefined;
  readonly signupPolicy: () => Promise<SignupPolicy>;
}

export function createAuthService(deps: AuthServiceDeps): AuthService {
  const { db, lucia, throttle, adminEmail } = deps;

  async function grant(user: UserRow): Promise<SessionGrant> {
    const session = await lucia.createSession(user.id, {});
    return { user: toUser(user), session: { id: session.id, expiresAt: session.expiresAt } };
  }

  return {
    async register(input: RegisterInput): Promise<SessionGrant> {
      const isConfiguredAdmin = adminEmail === input.email;
      const [policy, userCount, existing] = await Promise.all([
        deps.signupPolicy(),
        users.countUsers(db),
        users.findUserByEmail(db, input.email),
      ]);
      assertSignupAllowed(policy, input.email, { isFirstUser: userCount === 0, isConfiguredAdmin });
      if (existing) throw new AppError('EMAIL_TAKEN');

      const hash = await hashPassword(input.password);
      try {
        const user = await db.transaction().execute(async (trx) => {
          await users.lockAdminSet(trx);
          const role =
            adminEmail !== undefined
              ? isConfiguredAdmin
                ? 'admin'
                : 'user'
              : (await users.countAdmins(trx)) === 0
                ? 'admin'
                : 'user';
          const row = await users.insertUser(trx, { email: input.email, name: input.name, role });
          await users.insertPasswordHash(trx, row.id, hash);
          return row;
        });
        return await grant(user);
      } catch (error) {
        // Two sign-ups with one email at once: the unique index decides.
        if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN');
        throw error;
      }
    },

    async login(input: LoginInput, ip: string): Promise<SessionGrant> {
      await throttle.assertAllowed(input.email, ip);
      const user = await users.findUserByEmail(db, input.email);
      const hash = user ? await users.findPasswordHash(db, user.id) : undefined;
      const valid = hash
        ? await verifyPassword(hash, input.password)
        : (await burnPasswordCheck(input.password), false);
      if (!user || !valid) {
        await throttle.recordFailure(input.email, ip);
        throw new AppError('INVALID_CREDENTIALS');
      }
      if (user.disabled_at) throw new AppError('ACCOUNT_DISABLED');
      await throttle.recordSuccess(input.email);
      return grant(user);
    },

    async logout(sessionId: string): Promise<void> {
      await lucia.invalidateSession(sessionId);
    },
  };
}
