import { AppError } from '../errors.js';
import { createTokenInput, tokenIdInput } from '../schemas/tokens.js';
import { authedProcedure, router } from '../trpc.js';

/**
 * Minting needs a signed-in session: a leaked token cannot mint its own
 * successors, so revoking it is enough to shut it out.
 */
const sessionProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.meta.auth?.kind !== 'session') throw new AppError('SESSION_REQUIRED');
  return next({ ctx });
});

/** Personal access tokens for the typed client and the OpenAI-compatible API. */
export const tokensRouter = router({
  list: authedProcedure.query(({ ctx }) => ctx.services.tokens.list(ctx.user)),
  /** The response is the only time the token is ever shown. */
  create: sessionProcedure
    .input(createTokenInput)
    .mutation(({ ctx, input }) => ctx.services.tokens.create(ctx.user, input)),
  revoke: authedProcedure
    .input(tokenIdInput)
    .mutation(({ ctx, input }) => ctx.services.tokens.revoke(ctx.user, input)),
});
