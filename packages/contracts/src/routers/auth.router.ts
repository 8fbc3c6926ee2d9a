import { loginInput, registerInput } from '../schemas/auth.js';
import { authedProcedure, publicProcedure, router } from '../trpc.js';

export const authRouter = router({
  register: publicProcedure.input(registerInput).mutation(async ({ ctx, input }) => {
    const grant = await ctx.services.auth.register(input, ctx.meta.ip);
    ctx.meta.setSessionCookie(grant.session);
    return { user: grant.user };
  }),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const grant = await ctx.services.auth.login(input, ctx.meta.ip);
    ctx.meta.setSessionCookie(grant.session);
    return { user: grant.user };
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    const auth = ctx.meta.auth;
    if (auth?.kind === 'session') await ctx.services.auth.logout(auth.sessionId);
    ctx.meta.clearSessionCookie();
    return { ok: true as const };
  }),

  /** The caller, or null when signed out: read fresh on every request. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
