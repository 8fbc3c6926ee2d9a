import type { ErrorPart, ProviderErrorCode } from './stream-part.js';

/** 408/409/429 and every 5xx may succeed on a later attempt; other statuses will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export function codeForStatus(status: number): ProviderErrorCode {
  if (status === 401 || status === 403) return 'PROVIDER_AUTH';
  if (status === 429) return 'PROVIDER_RATE_LIMITED';
  if (status === 404) return 'PROVIDER_NOT_FOUND';
  if (status === 408) return 'PROVIDER_TIMEOUT';
  if (status >= 500) return 'PROVIDER_UNAVAILABLE';
  if (status >= 400) return 'PROVIDER_BAD_REQUEST';
  return 'PROVIDER_ERROR';
}

export function httpErrorPart(status: number, message: string): ErrorPart {
  return {
    type: 'error',
    code: codeForStatus(status),
    message,
    status,
    retryable: isRetryableStatus(status),
  };
}

export function networkErrorPart(message: string): ErrorPart {
  return { type: 'error', code: 'PROVIDER_NETWORK', message, retryable: true };
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * Whether an error is a transport failure (refused, reset, dropped mid-body). Node's
 * fetch reports these as `TypeError('fetch failed')` or `'terminated'` with the socket
 * error as `cause`, so the cause chain is walked.
 */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current instanceof TypeError && /fetch failed|terminated|network/i.test(current.message)) {
      return true;
    }
    if (/socket hang up|other side closed|premature close/i.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

export function isAbortError(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'AbortError' || error.name === 'APIUserAbortError')
  );
}

/**
 * A failed one-shot call (image, speech, video), thrown with the same fields an `error`
 * part carries so callers can show `message` and branch on `code`.
 */
export class ProviderError extends Error {
  readonly code: ProviderErrorCode;
  readonly status: number | undefined;
  readonly retryable: boolean;

  constructor(part: Omit<ErrorPart, 'type'>) {
    super(part.message);
    this.name = 'ProviderError';
    this.code = part.code;
    this.status = part.status;
    this.retryable = part.retryable;
  }

  toPart(): ErrorPart {
    return {
      type: 'error',
      code: this.code,
      message: this.message,
      ...(this.status !== undefined ? { status: this.status } : {}),
      retryable: this.retryable,
    };
  }
}

/** Any failure as an error part, for stages that do not know which SDK threw it. */
export function toGenericErrorPart(error: unknown): ErrorPart {
  if (error instanceof ProviderError) return error.toPart();
  if (isNetworkError(error))
    return networkErrorPart('Could not reach the provider. Please try again.');
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'error', code: 'PROVIDER_ERROR', message, retryable: false };
}
