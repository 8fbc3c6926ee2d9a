import type { AdminService } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database } from '../db/schema.js';
import type { SignupPolicy } from '../env.js';
import type { ProviderAccess } from '../providers/provider-access.js';
import { createAuditService } from './audit/audit.service.js';
import { createLimitAdminService } from './limits/limit-admin.service.js';
import { createModelAdminService } from './models/model-admin.service.js';
import { createProviderAdminService } from './providers/provider-admin.service.js';
import { createSettingsAdminService } from './settings/settings-admin.service.js';
import { readAdminStats } from './usage/stats.service.js';
import { createUsageAdminService } from './usage/usage-admin.service.js';
import { createUserAdminService } from './users/user-admin.service.js';

export { readSignupPolicy } from './settings/signup-policy-setting.js';
export { usageCsv, usageCsvFilename } from './usage/usage-csv.js';

export interface AdminServiceDeps {
  readonly db: Kysely<Database>;
  readonly secretBox: SecretBox;
  readonly providerAccess: ProviderAccess;
  readonly signupDefault: SignupPolicy;
  readonly defaultMonthlyLimit: number;
}

/** The admin API's implementation, one service per area. */
export function createAdminService(deps: AdminServiceDeps): AdminService {
  const { db } = deps;
  return {
    stats: () => readAdminStats(db, new Date()),
    providers: createProviderAdminService({
      db,
      secretBox: deps.secretBox,
      access: deps.providerAccess,
    }),
    models: createModelAdminService({ db }),
    users: createUserAdminService({ db }),
    limits: createLimitAdminService({ db, defaultMonthlyLimit: deps.defaultMonthlyLimit }),
    usage: createUsageAdminService({ db }),
    settings: createSettingsAdminService({
      db,
      signupDefault: deps.signupDefault,
      defaultMonthlyLimit: deps.defaultMonthlyLimit,
    }),
    audit: createAuditService(db),
  };
}
