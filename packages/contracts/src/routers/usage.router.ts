import { authedProcedure, router } from '../trpc.js';

export const usageRouter = router({
  /** This month's usage per model: used, limit, remaining, own-key count. */
  summary: authedProcedure.query(({ ctx }) => ctx.services.usage.summary(ctx.user)),
});
