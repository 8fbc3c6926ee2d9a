import { authedProcedure, router } from '../trpc.js';

export const modelsRouter = router({
  /** Active models the caller can use; never a key or a base URL. */
  list: authedProcedure.query(({ ctx }) => ctx.services.models.list(ctx.user)),
  /** The caller's usage of each model this month (the same figures as `usage.summary`). */
  usage: authedProcedure.query(({ ctx }) => ctx.services.usage.summary(ctx.user)),
});
