// What both single-page apps need to talk to the server as a signed-in person:
// the typed tRPC client, session hooks, error reading, and the sign-in screens.
export { trpc, TRPC_URL } from './trpc';
export { createLinks, type LinkOptions } from './trpc-links';
export { createQueryClient, shouldRetry } from './query-client';
export { readAppError, NETWORK_ERROR_MESSAGE, type AppErrorInfo } from './app-error';
export { useLogin, useLogout, useRegister, useSignedInUser, useUser } from './auth/session';
export {
  fieldErrorsOf,
  readFormValues,
  serverFormErrors,
  validateForm,
  type FieldErrors,
  type FieldOfPath,
  type FormErrors,
  type FormSchema,
  type ServerErrorPlacement,
  type Validation,
} from './auth/form-errors';
export { useAuthForm, type AuthFormOptions } from './auth/use-auth-form';
export { AuthLayout, type AuthLayoutProps } from './auth/auth-layout';
export { RedirectIfSignedIn, RequireSession, type RequireSessionProps } from './auth/guards';
export { LoginForm } from './auth/login-form';
export { FullScreenError, FullScreenLoader, type FullScreenErrorProps } from './full-screen-status';
export { RouteError } from './route-error';
