import { adminRouter } from './routers/admin.router.js';
import { authRouter } from './routers/auth.router.js';
import { chatRouter } from './routers/chat.router.js';
import { modelsRouter } from './routers/models.router.js';
import { router } from './trpc.js';

/** The whole API. Feature routers are merged here and nowhere else. */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  chat: chatRouter,
  models: modelsRouter,
});

export type AppRouter = typeof appRouter;
