import type { Kysely } from 'kysely';
import { AppError } from '@enox/contracts';
import type { Database } from '../db/schema.js';
import { clearThrottle, readThrottle, recordFailure } from '../repositories/throttle.repository.js';

export interface ThrottlePolicy {
  readonly perAccount: number;
  readonly perIp: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  perAccount: 5,
  perIp: 30,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

const accountKey = (email: string) => `login:account:${email}`;
const ipKey = (ip: string) => `login:ip:${ip}`;

/**
 * Failed sign-ins per account and per IP, kept in the database so every
 * server process sees the same counts.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: ThrottlePolicy = defaultThrottlePolicy,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const states = await readThrottle(this.db, [accountKey(email), ipKey(ip)]);
    const now = Date.now();
    const lockedUntil = states
      .map((s) => s.lockedUntil?.getTime() ?? 0)
      .reduce((a, b) => Math.max(a, b), 0);
    if (lockedUntil > now) {
      const retryAfterSeconds = Math.ceil((lockedUntil - now) / 1000);
      throw new AppError('TOO_MANY_ATTEMPTS', {
        message: `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
        details: { retryAfterSeconds },
      });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const { perAccount, perIp, windowMs, lockMs } = this.policy;
    await Promise.all([
      recordFailure(this.db, accountKey(email), perAccount, windowMs, lockMs),
      recordFailure(this.db, ipKey(ip), perIp, windowMs, lockMs),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await clearThrottle(this.db, accountKey(email));
  }
}
