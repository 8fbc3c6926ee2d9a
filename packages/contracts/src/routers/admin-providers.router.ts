import {
  createProviderInput,
  providerIdInput,
  rotateProviderKeyInput,
  testProviderKeyInput,
  updateProviderInput,
} from '../schemas/admin-providers.js';
import { adminProcedure, router } from '../trpc.js';

export const adminProvidersRouter = router({
  list: adminProcedure.query(({ ctx }) => ctx.services.admin.providers.list()),
  create: adminProcedure
    .input(createProviderInput)
    .mutation(({ ctx, input }) => ctx.services.admin.providers.create(ctx.user, input)),
  /** Leaving `apiKey` out keeps the stored key. */
  update: adminProcedure
    .input(updateProviderInput)
    .mutation(({ ctx, input }) => ctx.services.admin.providers.update(ctx.user, input)),
  /** Refused while models use the provider. */
  delete: adminProcedure
    .input(providerIdInput)
    .mutation(({ ctx, input }) => ctx.services.admin.providers.delete(ctx.user, input)),
  rotateKey: adminProcedure
    .input(rotateProviderKeyInput)
    .mutation(({ ctx, input }) => ctx.services.admin.providers.rotateKey(ctx.user, input)),
  /** Lists the provider's models with the key: the cheapest call that proves it works. */
  testKey: adminProcedure
    .input(testProviderKeyInput)
    .mutation(({ ctx, input }) => ctx.services.admin.providers.testKey(input)),
});
