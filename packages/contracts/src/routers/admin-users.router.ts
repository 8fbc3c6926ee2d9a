import {
  createUserInput,
  listUsersInput,
  setUserRoleInput,
  userIdInput,
} from '../schemas/admin-users.js';
import { adminProcedure, router } from '../trpc.js';

export const adminUsersRouter = router({
  /** Newest first; `search` matches part of a name or an email. */
  list: adminProcedure
    .input(listUsersInput)
    .query(({ ctx, input }) => ctx.services.admin.users.list(input)),
  /** Works whatever the sign-up policy: this is how a closed server gets its people. */
  create: adminProcedure
    .input(createUserInput)
    .mutation(({ ctx, input }) => ctx.services.admin.users.create(ctx.user, input)),
  /** The last administrator cannot be demoted. */
  setRole: adminProcedure
    .input(setUserRoleInput)
    .mutation(({ ctx, input }) => ctx.services.admin.users.setRole(ctx.user, input)),
  /** Ends the person's sessions at once; their next request is refused. */
  disable: adminProcedure
    .input(userIdInput)
    .mutation(({ ctx, input }) => ctx.services.admin.users.disable(ctx.user, input)),
  enable: adminProcedure
    .input(userIdInput)
    .mutation(({ ctx, input }) => ctx.services.admin.users.enable(ctx.user, input)),
});
