import { listLimitsInput, removeLimitInput, setLimitInput } from '../schemas/admin-limits.js';
import { adminProcedure, router } from '../trpc.js';

/** Per-user, per-model monthly overrides of the model's limit. */
export const adminLimitsRouter = router({
  /** Every model with the person's limit and this month's usage. */
  list: adminProcedure
    .input(listLimitsInput)
    .query(({ ctx, input }) => ctx.services.admin.limits.list(input)),
  set: adminProcedure
    .input(setLimitInput)
    .mutation(({ ctx, input }) => ctx.services.admin.limits.set(ctx.user, input)),
  remove: adminProcedure
    .input(removeLimitInput)
    .mutation(({ ctx, input }) => ctx.services.admin.limits.remove(ctx.user, input)),
});
