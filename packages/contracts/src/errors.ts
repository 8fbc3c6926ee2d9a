import { TRPCError } from '@trpc/server';

type TrpcCode = TRPCError['code'];

interface ErrorDefinition {
  /** The tRPC code, which also decides the HTTP status. */
  readonly trpc: TrpcCode;
  /** What a person reads; specific errors may pass a more precise message. */
  readonly message: string;
}

/**
 * Every error a caller can see, in one place (like fastify's `FST_ERR_*`).
 * The key travels on the wire as `data.appCode`, so clients branch on it
 * instead of parsing messages.
 */
export const errorRegistry = {
  UNAUTHENTICATED: { trpc: 'UNAUTHORIZED', message: 'Please sign in to continue.' },
  FORBIDDEN: { trpc: 'FORBIDDEN', message: 'You do not have access to this.' },
  ADMIN_ONLY: { trpc: 'FORBIDDEN', message: 'Only administrators can do this.' },
  CROSS_SITE_REQUEST: {
    trpc: 'FORBIDDEN',
    message: 'This request came from another site and was refused.',
  },
  SESSION_REQUIRED: {
    trpc: 'FORBIDDEN',
    message: 'Sign in with your password to create access tokens; a token cannot create another.',
  },
  INVALID_CREDENTIALS: { trpc: 'UNAUTHORIZED', message: 'Email or password is incorrect.' },
  TOO_MANY_ATTEMPTS: {
    trpc: 'TOO_MANY_REQUESTS',
    message: 'Too many sign-in attempts. Please wait a few minutes and try again.',
  },
  EMAIL_TAKEN: { trpc: 'CONFLICT', message: 'An account with this email already exists.' },
  SIGNUP_CLOSED: {
    trpc: 'FORBIDDEN',
    message: 'Sign-up is closed on this server. Ask an administrator for an account.',
  },
  SIGNUP_DOMAIN: {
    trpc: 'FORBIDDEN',
    message: 'Sign-up is limited to certain email domains on this server.',
  },
  ACCOUNT_DISABLED: {
    trpc: 'FORBIDDEN',
    message: 'This account has been disabled. Contact an administrator.',
  },
  LAST_ADMIN: {
    trpc: 'PRECONDITION_FAILED',
    message: 'The last administrator cannot be demoted.',
  },
  CANNOT_DISABLE_SELF: {
    trpc: 'PRECONDITION_FAILED',
    message: 'You cannot disable your own account.',
  },
  PROVIDER_IN_USE: {
    trpc: 'CONFLICT',
    message: 'This provider still has models. Delete or move them first, or deactivate it.',
  },
  PROVIDER_SIMULATED: {
    trpc: 'PRECONDITION_FAILED',
    message: 'The simulated provider runs offline: it takes no API key or base URL.',
  },
  MODEL_IN_USE: {
    trpc: 'CONFLICT',
    message: 'Agents use this model. Move them to another model first, or deactivate it.',
  },
  MODEL_HAS_USAGE: {
    trpc: 'CONFLICT',
    message: 'This model has usage history. Deactivate it instead, so the records stay.',
  },
  MODEL_EXISTS: {
    trpc: 'CONFLICT',
    message: 'This provider already has a model with this id and type.',
  },
  NOT_FOUND: { trpc: 'NOT_FOUND', message: 'Not found.' },
  MODEL_UNAVAILABLE: {
    trpc: 'NOT_FOUND',
    message: 'This model is not available. Pick another one.',
  },
  ATTACHMENT_INVALID: { trpc: 'BAD_REQUEST', message: 'This attachment cannot be sent.' },
  RUN_IN_PROGRESS: {
    trpc: 'CONFLICT',
    message: 'An answer is still being written. Stop it or wait for it to finish.',
  },
  QUOTA_EXCEEDED: {
    trpc: 'TOO_MANY_REQUESTS',
    message: 'You have reached your monthly limit for this model.',
  },
  USERNAME_TAKEN: { trpc: 'CONFLICT', message: 'This username is taken. Pick another one.' },
  KEY_NOT_SET: { trpc: 'NOT_FOUND', message: 'No key is stored for this provider.' },
  PROVIDER_FAILED: {
    trpc: 'BAD_GATEWAY',
    message: 'The provider could not complete this request.',
  },
  PROVIDER_KEY_MISSING: {
    trpc: 'PRECONDITION_FAILED',
    message: 'This model has no API key configured. Ask an administrator or add your own key.',
  },
  BAD_INPUT: { trpc: 'BAD_REQUEST', message: 'The request is not valid.' },
  PAYLOAD_TOO_LARGE: { trpc: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' },
  INTERNAL: { trpc: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' },
} as const satisfies Record<string, ErrorDefinition>;

export type AppErrorCode = keyof typeof errorRegistry;

/** An expected failure: its code is from the registry, its message is safe to show. */
export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    appCode: AppErrorCode,
    options: { message?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    const definition = errorRegistry[appCode];
    super({
      code: definition.trpc,
      message: options.message ?? definition.message,
      cause: options.cause,
    });
    this.name = 'AppError';
    this.appCode = appCode;
    this.details = options.details;
  }
}

export function appError(
  appCode: AppErrorCode,
  message?: string,
  details?: Record<string, unknown>,
): AppError {
  return new AppError(appCode, {
    ...(message ? { message } : {}),
    ...(details ? { details } : {}),
  });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
