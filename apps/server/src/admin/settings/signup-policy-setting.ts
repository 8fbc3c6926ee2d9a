import { signupPolicySchema } from '@enox/contracts';
import type { SignupPolicy } from '../../env.js';
import type { Db } from '../shared/db.js';
import { readSetting } from './settings.repository.js';

export const SIGNUP_POLICY_KEY = 'signup_policy';

export interface StoredSignupPolicy {
  readonly policy: SignupPolicy;
  /** `environment` while no admin has saved one: ENOX_SIGNUP applies. */
  readonly source: 'environment' | 'admin';
}

/**
 * The sign-up policy in force: the one an admin saved, else ENOX_SIGNUP.
 * Read on every registration, so a change applies to the next sign-up on
 * every server process.
 */
export async function readSignupPolicy(
  db: Db,
  fallback: SignupPolicy,
): Promise<StoredSignupPolicy> {
  const parsed = signupPolicySchema.safeParse(await readSetting(db, SIGNUP_POLICY_KEY));
  return parsed.success
    ? { policy: parsed.data, source: 'admin' }
    : { policy: fallback, source: 'environment' };
}
