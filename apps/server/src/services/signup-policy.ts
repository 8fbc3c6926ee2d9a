import { AppError } from '@enox/contracts';
import type { SignupPolicy } from '../env.js';

/**
 * Who may create an account. The very first account and the configured
 * admin email are always let in, so a closed server can still be set up.
 */
export function assertSignupAllowed(
  policy: SignupPolicy,
  email: string,
  context: { isFirstUser: boolean; isConfiguredAdmin: boolean },
): void {
  if (context.isFirstUser || context.isConfiguredAdmin) return;
  if (policy.mode === 'closed') throw new AppError('SIGNUP_CLOSED');
  if (policy.mode === 'domains') {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!policy.domains.includes(domain)) throw new AppError('SIGNUP_DOMAIN');
  }
}
