export { appRouter, type AppRouter } from './router.js';
export type { TrackedChatEvent } from './routers/chat.router.js';
export { createCallerFactory } from './trpc.js';
export type { Context, RequestMeta } from './context.js';
export type {
  AdminService,
  AuthService,
  AgentService,
  ChatService,
  GenerateService,
  KeyService,
  UsageService,
  UserService,
  ModelService,
  TokenService,
  Services,
  SessionGrant,
} from './services.js';
export { AppError, appError, errorRegistry, isAppError, type AppErrorCode } from './errors.js';
export * from './schemas/auth.js';
export * from './schemas/admin.js';
export * from './schemas/chat.js';
export * from './schemas/chat-event.js';
export * from './schemas/models.js';
export * from './schemas/accounts.js';
export * from './schemas/agents.js';
export * from './schemas/generate.js';
export * from './schemas/tokens.js';
