import { setByokInput, setPinnedModelsInput, updateProfileInput } from '../schemas/accounts.js';
import { authedProcedure, router } from '../trpc.js';

export const usersRouter = router({
  updateProfile: authedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => ctx.services.users.updateProfile(ctx.user, input)),
  /** At most three active models, shown first in the model selector. */
  setPinnedModels: authedProcedure
    .input(setPinnedModelsInput)
    .mutation(({ ctx, input }) => ctx.services.users.setPinnedModels(ctx.user, input)),
  /** Use one's own keys (where one is set) instead of the platform's. */
  setByok: authedProcedure
    .input(setByokInput)
    .mutation(({ ctx, input }) => ctx.services.users.setByok(ctx.user, input)),
});
