import type { SimFeature, SimProtocol } from './behaviour.js';
import { SIM_MESSAGES } from './messages.js';

/** An error ready to send: status, JSON body in the provider's format, extra headers. */
export interface ProviderError {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface ErrorSpec {
  status: number;
  message?: string | undefined;
  retryAfterSeconds?: number | undefined;
  /** OpenAI `param` / `code` overrides (unsupported parameters). */
  param?: string;
  code?: string;
}

const OPENAI_DEFAULTS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: 'Invalid request.', type: 'invalid_request_error', code: null },
  401: {
    message: 'Incorrect API key provided. You can find your API key in your account settings.',
    type: 'invalid_request_error',
    code: 'invalid_api_key',
  },
  403: {
    message: 'You are not allowed to use this model.',
    type: 'invalid_request_error',
    code: 'model_not_found',
  },
  404: { message: 'Not found.', type: 'invalid_request_error', code: 'not_found' },
  408: { message: 'Request timed out.', type: 'timeout_error', code: 'timeout' },
  429: {
    message: 'Rate limit reached for requests. Please try again later.',
    type: 'requests',
    code: 'rate_limit_exceeded',
  },
  500: {
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    code: null,
  },
  503: {
    message: 'The engine is currently overloaded, please try again later.',
    type: 'server_error',
    code: 'service_unavailable',
  },
};

const GEMINI_DEFAULTS: Record<number, { message: string; status: string }> = {
  400: { message: 'Request contains an invalid argument.', status: 'INVALID_ARGUMENT' },
  401: { message: 'API key not valid. Please pass a valid API key.', status: 'UNAUTHENTICATED' },
  403: { message: 'The caller does not have permission.', status: 'PERMISSION_DENIED' },
  404: { message: 'Requested entity was not found.', status: 'NOT_FOUND' },
  408: {
    message: 'Deadline expired before operation could complete.',
    status: 'DEADLINE_EXCEEDED',
  },
  429: {
    message: 'Resource has been exhausted (e.g. check quota).',
    status: 'RESOURCE_EXHAUSTED',
  },
  500: { message: 'An internal error has occurred.', status: 'INTERNAL' },
  503: { message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' },
};

function retryHeaders(spec: ErrorSpec): Record<string, string> {
  return spec.retryAfterSeconds === undefined
    ? {}
    : { 'retry-after': String(spec.retryAfterSeconds) };
}

export function openaiError(spec: ErrorSpec): ProviderError {
  const d = OPENAI_DEFAULTS[spec.status] ?? OPENAI_DEFAULTS[spec.status >= 500 ? 500 : 400];
  const error = {
    message: spec.message ?? d?.message ?? 'Error',
    type: d?.type ?? 'invalid_request_error',
    param: spec.param ?? null,
    code: spec.code ?? d?.code ?? null,
  };
  return { status: spec.status, body: { error }, headers: retryHeaders(spec) };
}

export function geminiError(spec: ErrorSpec): ProviderError {
  const d = GEMINI_DEFAULTS[spec.status] ?? GEMINI_DEFAULTS[spec.status >= 500 ? 500 : 400];
  const details =
    spec.retryAfterSeconds === undefined
      ? undefined
      : [
          {
            '@type': 'type.googleapis.com/google.rpc.RetryInfo',
            retryDelay: `${spec.retryAfterSeconds}s`,
          },
        ];
  const error = {
    code: spec.status,
    message: spec.message ?? d?.message ?? 'Error',
    status: d?.status ?? 'UNKNOWN',
    ...(details ? { details } : {}),
  };
  return { status: spec.status, body: { error }, headers: retryHeaders(spec) };
}

/** Errors in the format of the API family the request speaks. */
export function providerError(format: SimProtocol, spec: ErrorSpec): ProviderError {
  return format === 'openai' ? openaiError(spec) : geminiError(spec);
}

/** The 400 a provider answers when a model lacks a feature the request used. */
export function unsupportedError(
  format: SimProtocol,
  feature: SimFeature,
  message: string | undefined,
): ProviderError {
  if (format === 'gemini') {
    const fallback =
      feature === 'tools'
        ? SIM_MESSAGES.geminiToolsUnsupported
        : SIM_MESSAGES.geminiThinkingUnsupported;
    return geminiError({ status: 400, message: message ?? fallback });
  }
  const param = feature === 'tools' ? 'tools' : 'reasoning_effort';
  const fallback =
    feature === 'tools'
      ? SIM_MESSAGES.openaiToolsUnsupported
      : SIM_MESSAGES.openaiThinkingUnsupported;
  return openaiError({
    status: 400,
    message: message ?? fallback,
    param,
    code: 'unsupported_parameter',
  });
}
