export { appRouter, type AppRouter } from './router.js';
export { createCallerFactory } from './trpc.js';
export type { Context, RequestMeta } from './context.js';
export type { AdminService, AuthService, Services, SessionGrant } from './services.js';
export { AppError, appError, errorRegistry, isAppError, type AppErrorCode } from './errors.js';
export * from './schemas/auth.js';
export * from './schemas/admin.js';
