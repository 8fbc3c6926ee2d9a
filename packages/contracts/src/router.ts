import { adminRouter } from './routers/admin.router.js';
import { authRouter } from './routers/auth.router.js';
import { chatRouter } from './routers/chat.router.js';
import { agentsRouter } from './routers/agents.router.js';
import { generateRouter } from './routers/generate.router.js';
import { keysRouter } from './routers/keys.router.js';
import { modelsRouter } from './routers/models.router.js';
import { usageRouter } from './routers/usage.router.js';
import { usersRouter } from './routers/users.router.js';
import { tokensRouter } from './routers/tokens.router.js';
import { router } from './trpc.js';

/** The whole API. Feature routers are merged here and nowhere else. */
export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  chat: chatRouter,
  models: modelsRouter,
  users: usersRouter,
  keys: keysRouter,
  usage: usageRouter,
  agents: agentsRouter,
  generate: generateRouter,
  tokens: tokensRouter,
});

export type AppRouter = typeof appRouter;
