import { listAuditInput } from '../schemas/admin-audit.js';
import { adminProcedure, router } from '../trpc.js';

export const adminAuditRouter = router({
  /** Newest first. */
  list: adminProcedure
    .input(listAuditInput)
    .query(({ ctx, input }) => ctx.services.admin.audit.list(input)),
});
