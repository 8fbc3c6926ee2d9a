import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.js';
import { AppError, errorRegistry } from './errors.js';

const t = initTRPC.context<Context>().create({
  sse: {
    // Below the common 30-60 s proxy idle timeouts.
    ping: { enabled: true, intervalMs: 15_000 },
    // A silent connection is reopened (with lastEventId) instead of hanging.
    client: { reconnectAfterInactivityMs: 40_000 },
  },
  // Plain JSON on the wire: any HTTP client can call the API.
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    if (cause instanceof ZodError) {
      const first = cause.issues[0];
      return {
        ...shape,
        message: first?.message ?? errorRegistry.BAD_INPUT.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appCode: 'BAD_INPUT',
          fieldErrors: Object.fromEntries(cause.issues.map((i) => [i.path.join('.'), i.message])),
        },
      };
    }
    const appError = error instanceof AppError ? error : null;
    const internal = !appError && error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      // Unknown failures never leak internals: the message is replaced and no stack is sent.
      message: internal ? errorRegistry.INTERNAL.message : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appError?.appCode ?? (internal ? 'INTERNAL' : shape.data.code),
        ...(appError?.details ? { details: appError.details } : {}),
      },
    };
  },
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

/** Signed-in callers only; handlers receive a non-null `ctx.user`. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Administrators only; anyone else learns nothing but FORBIDDEN. */
export const adminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') throw new AppError('ADMIN_ONLY');
  return next({ ctx });
});
