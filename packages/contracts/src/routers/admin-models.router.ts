import {
  createModelInput,
  modelIdInput,
  setModelActiveInput,
  updateModelInput,
} from '../schemas/admin-models.js';
import { adminProcedure, router } from '../trpc.js';

export const adminModelsRouter = router({
  /** Every model, active or not, with its provider. */
  list: adminProcedure.query(({ ctx }) => ctx.services.admin.models.list()),
  create: adminProcedure
    .input(createModelInput)
    .mutation(({ ctx, input }) => ctx.services.admin.models.create(ctx.user, input)),
  update: adminProcedure
    .input(updateModelInput)
    .mutation(({ ctx, input }) => ctx.services.admin.models.update(ctx.user, input)),
  /** Refused while agents use the model; deactivating keeps its history instead. */
  delete: adminProcedure
    .input(modelIdInput)
    .mutation(({ ctx, input }) => ctx.services.admin.models.delete(ctx.user, input)),
  setActive: adminProcedure
    .input(setModelActiveInput)
    .mutation(({ ctx, input }) => ctx.services.admin.models.setActive(ctx.user, input)),
});
