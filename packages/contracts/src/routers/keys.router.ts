import { keyProviderInput, setKeyInput } from '../schemas/accounts.js';
import { authedProcedure, router } from '../trpc.js';

/** Bring-your-own-key: keys are write-only; no response ever contains one. */
export const keysRouter = router({
  list: authedProcedure.query(({ ctx }) => ctx.services.keys.list(ctx.user)),
  set: authedProcedure
    .input(setKeyInput)
    .mutation(({ ctx, input }) => ctx.services.keys.set(ctx.user, input)),
  remove: authedProcedure
    .input(keyProviderInput)
    .mutation(({ ctx, input }) => ctx.services.keys.remove(ctx.user, input)),
  /** Makes the cheapest call the provider offers with the stored key. */
  test: authedProcedure
    .input(keyProviderInput)
    .mutation(({ ctx, input }) => ctx.services.keys.test(ctx.user, input)),
});
