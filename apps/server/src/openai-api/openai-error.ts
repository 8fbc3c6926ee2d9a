import { AppError } from '@enox/contracts';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import { ZodError } from 'zod';

export interface OpenAIErrorOptions {
  readonly type?: string;
  readonly code?: string | null;
  readonly param?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An error in OpenAI's shape `{ error: { message, type, param, code } }`, with its HTTP status. */
export class OpenAIApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, options: OpenAIErrorOptions = {}) {
    super(message);
    this.name = 'OpenAIApiError';
    this.status = status;
    this.type = options.type ?? typeForStatus(status);
    this.code = options.code ?? null;
    this.param = options.param ?? null;
    this.headers = options.headers ?? {};
  }

  get body() {
    return {
      error: { message: this.message, type: this.type, param: this.param, code: this.code },
    };
  }
}

function typeForStatus(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  return status >= 500 ? 'server_error' : 'invalid_request_error';
}

export const unauthenticated = () =>
  new OpenAIApiError(
    401,
    'Missing or invalid access token. Send `Authorization: Bearer enox_pat_…` (create one in Settings → Access tokens).',
    { code: 'invalid_api_key' },
  );

/** Over quota: retrying is pointless until the month resets, so clients are told when. */
function quotaExceeded(error: AppError): OpenAIApiError {
  const resetsAt = typeof error.details?.resetsAt === 'string' ? error.details.resetsAt : null;
  const seconds = resetsAt
    ? Math.max(1, Math.ceil((Date.parse(resetsAt) - Date.now()) / 1000))
    : null;
  return new OpenAIApiError(
    429,
    resetsAt ? `${error.message} (resets at ${resetsAt})` : error.message,
    {
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      headers: {
        // The official SDKs retry a 429 unless told not to; the reset is a month away.
        'x-should-retry': 'false',
        ...(seconds ? { 'retry-after': String(seconds) } : {}),
        ...(resetsAt ? { 'x-ratelimit-reset-requests': resetsAt } : {}),
      },
    },
  );
}

function fromAppError(error: AppError): OpenAIApiError {
  switch (error.appCode) {
    case 'QUOTA_EXCEEDED':
      return quotaExceeded(error);
    case 'MODEL_UNAVAILABLE':
    case 'NOT_FOUND':
      return new OpenAIApiError(404, error.message, { code: 'model_not_found', param: 'model' });
    case 'UNAUTHENTICATED':
      return unauthenticated();
    default: {
      const status = getHTTPStatusCodeFromError(error);
      return new OpenAIApiError(status, error.message, { code: error.appCode.toLowerCase() });
    }
  }
}

/** Whatever failed, as OpenAI's error JSON; details of unexpected failures stay in the log. */
export function toOpenAIError(error: unknown, log: FastifyBaseLogger): OpenAIApiError {
  if (error instanceof OpenAIApiError) return error;
  if (error instanceof AppError) return fromAppError(error);
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const param = issue?.path.join('.') || null;
    const message = issue ? `${param ? `${param}: ` : ''}${issue.message}` : 'Invalid request.';
    return new OpenAIApiError(400, message, { param, code: 'invalid_request' });
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own 4xx (malformed JSON, body too large, wrong content type) are safe to echo.
    return new OpenAIApiError(status, (error as Error).message);
  }
  log.error({ err: error }, 'OpenAI-compatible request failed');
  return new OpenAIApiError(500, 'Something went wrong on our side.');
}

export function sendOpenAIError(reply: FastifyReply, error: OpenAIApiError) {
  return reply.code(error.status).headers(error.headers).send(error.body);
}
