import type { AdminSettings, AdminSettingsService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SignupPolicy } from '../../env.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import type { Db } from '../shared/db.js';
import { writeSetting } from './settings.repository.js';
import { readSignupPolicy, SIGNUP_POLICY_KEY } from './signup-policy-setting.js';

export interface SettingsAdminDeps {
  readonly db: Kysely<Database>;
  /** ENOX_SIGNUP, the default until an admin saves a policy. */
  readonly signupDefault: SignupPolicy;
  readonly defaultMonthlyLimit: number;
}

export function createSettingsAdminService(deps: SettingsAdminDeps): AdminSettingsService {
  const { db } = deps;

  async function read(trx: Db): Promise<AdminSettings> {
    const { policy, source } = await readSignupPolicy(trx, deps.signupDefault);
    return {
      signup:
        policy.mode === 'domains' ? { mode: 'domains', domains: [...policy.domains] } : policy,
      signupSource: source,
      defaultMonthlyLimit: deps.defaultMonthlyLimit,
    };
  }

  return {
    get: () => read(db),

    set: (actor, input) =>
      db.transaction().execute(async (trx) => {
        const before = await read(trx);
        await writeSetting(trx, SIGNUP_POLICY_KEY, input.signup);
        await insertAuditEntry(trx, {
          actorId: actor.id,
          action: 'settings.signup',
          targetType: 'settings',
          targetId: SIGNUP_POLICY_KEY,
          before: { signup: before.signup, source: before.signupSource },
          after: { signup: input.signup, source: 'admin' },
        });
        return read(trx);
      }),
  };
}
