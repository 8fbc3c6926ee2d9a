import { isTRPCClientError } from '@trpc/client';

/** What the UI needs from any failed call: a code to branch on and words to show. */
export interface AppErrorInfo {
  /** The server's `data.appCode` (EMAIL_TAKEN, INVALID_CREDENTIALS…), or NETWORK. */
  appCode: string;
  message: string;
  /** Per-field messages from a BAD_INPUT error, keyed by field path. */
  fieldErrors: Record<string, string>;
  httpStatus: number | undefined;
  /** Extra facts some errors carry (e.g. a quota's model, limit and reset time). */
  details: Record<string, unknown>;
}

export const NETWORK_ERROR_MESSAGE =
  'Could not reach the Enox server. Check your connection and try again.';
const FALLBACK_MESSAGE = 'Something went wrong. Please try again.';

/** Reads the server's error shape defensively; anything unrecognised becomes a safe message. */
export function readAppError(error: unknown): AppErrorInfo {
  if (!isTRPCClientError(error)) {
    return {
      appCode: 'UNKNOWN',
      message: FALLBACK_MESSAGE,
      fieldErrors: {},
      httpStatus: undefined,
      details: {},
    };
  }
  const data: unknown = error.data;
  // No error shape means the request never got a tRPC answer (offline, proxy page, timeout).
  if (!isRecord(data)) {
    return {
      appCode: 'NETWORK',
      message: NETWORK_ERROR_MESSAGE,
      fieldErrors: {},
      httpStatus: undefined,
      details: {},
    };
  }
  const appCode = typeof data.appCode === 'string' ? data.appCode : String(data.code ?? 'UNKNOWN');
  const httpStatus = typeof data.httpStatus === 'number' ? data.httpStatus : undefined;
  return {
    appCode,
    message: error.message || FALLBACK_MESSAGE,
    fieldErrors: readFieldErrors(data.fieldErrors),
    httpStatus,
    details: isRecord(data.details) ? data.details : {},
  };
}

function readFieldErrors(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string') out[key] = message;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
