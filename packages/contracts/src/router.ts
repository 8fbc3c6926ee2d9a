import { adminRouter } from './routers/admin.router.js';
import { authRouter } from './routers/auth.router.js';
import { router } from './trpc.js';

/** The whole API. Feature routers are merged here and nowhere else. */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
