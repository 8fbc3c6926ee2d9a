import { setSettingsInput } from '../schemas/admin-settings.js';
import { adminProcedure, router } from '../trpc.js';

export const adminSettingsRouter = router({
  get: adminProcedure.query(({ ctx }) => ctx.services.admin.settings.get()),
  set: adminProcedure
    .input(setSettingsInput)
    .mutation(({ ctx, input }) => ctx.services.admin.settings.set(ctx.user, input)),
});
