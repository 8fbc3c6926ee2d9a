import { adminProcedure, router } from '../trpc.js';
import { adminAuditRouter } from './admin-audit.router.js';
import { adminLimitsRouter } from './admin-limits.router.js';
import { adminModelsRouter } from './admin-models.router.js';
import { adminProvidersRouter } from './admin-providers.router.js';
import { adminSettingsRouter } from './admin-settings.router.js';
import { adminUsageRouter } from './admin-usage.router.js';
import { adminUsersRouter } from './admin-users.router.js';

/** Everything an administrator runs the server with; every procedure is admin-only. */
export const adminRouter = router({
  /** Head counts and this month's traffic, for the dashboard. */
  stats: adminProcedure.query(({ ctx }) => ctx.services.admin.stats()),
  providers: adminProvidersRouter,
  models: adminModelsRouter,
  users: adminUsersRouter,
  limits: adminLimitsRouter,
  usage: adminUsageRouter,
  settings: adminSettingsRouter,
  audit: adminAuditRouter,
});
