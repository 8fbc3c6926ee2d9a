import { APIConnectionError, APIError } from 'openai';
import { redactSecrets } from '../shared/redact-secrets.js';
import { httpErrorPart, isNetworkError, networkErrorPart } from '../stream/provider-error.js';
import type { ErrorPart } from '../stream/stream-part.js';

/** An SDK or transport failure as an error part; `secrets` are removed from the message. */
export function toErrorPart(error: unknown, secrets: readonly string[] = []): ErrorPart {
  if (
    error instanceof APIConnectionError ||
    (!(error instanceof APIError) && isNetworkError(error))
  ) {
    return networkErrorPart('Could not reach the provider. Please try again.');
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return httpErrorPart(error.status, redactSecrets(providerMessage(error), secrets));
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: 'error',
    code: 'PROVIDER_ERROR',
    message: redactSecrets(message, secrets),
    retryable: false,
  };
}

/** The provider's own wording, without the SDK's "400 " status prefix. */
function providerMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (typeof body?.message === 'string' && body.message !== '') return body.message;
  return error.message.replace(/^\d{3}\s+/, '');
}

const TOOLS = /\b(tools?|tool[ _]use|tool[ _]calls?|function[ _]call(?:ing|s)?|functions?)\b/i;
const REASONING = /\b(reasoning\w*|thinking|think)\b/i;
const REJECTED =
  /(not|n't|un)\s*(supported|support|available|enabled|allowed)|unsupported|no endpoints|unrecognized/i;

/**
 * A request rejected because the model cannot use tools (Ollama: "does not support
 * tools", OpenRouter: 404 "No endpoints found that support tool use", Groq/vLLM 400s).
 * Such a request is worth one more try without tools.
 */
export function isToolsUnsupportedError(error: unknown): boolean {
  return isFeatureRejection(error, TOOLS);
}

/** A request rejected for its reasoning switch ("reasoning_effort is not supported"). */
export function isThinkingUnsupportedError(error: unknown): boolean {
  return isFeatureRejection(error, REASONING);
}

function isFeatureRejection(error: unknown, feature: RegExp): boolean {
  if (!(error instanceof APIError)) return false;
  if (error.status !== 400 && error.status !== 404 && error.status !== 422) return false;
  const message = providerMessage(error);
  return feature.test(message) && REJECTED.test(message);
}
