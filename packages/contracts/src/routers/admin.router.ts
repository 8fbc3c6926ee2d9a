import { setUserRoleInput } from '../schemas/admin.js';
import { adminProcedure, router } from '../trpc.js';

export const adminRouter = router({
  users: router({
    setRole: adminProcedure
      .input(setUserRoleInput)
      .mutation(({ ctx, input }) => ctx.services.admin.setUserRole(ctx.user, input)),
  }),
});
