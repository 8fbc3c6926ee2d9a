import { authedProcedure, router } from '../trpc.js';

export const modelsRouter = router({
  /** Active models the caller can use; never a key or a base URL. */
  list: authedProcedure.query(({ ctx }) => ctx.services.models.list(ctx.user)),
});
