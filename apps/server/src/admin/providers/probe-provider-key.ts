import type { ProviderKeyTest, ProviderKind, ProviderPreset } from '@enox/contracts';
import { openAICompatiblePresets } from '@enox/core';

// Every preset the admin API offers must be one the provider layer knows.
openAICompatiblePresets satisfies Record<ProviderPreset, { baseUrl: string }>;

const OPENAI_API_URL = 'https://api.openai.com/v1';
const GEMINI_API_URL = 'https://generativelanguage.googleapis.com';
const TIMEOUT_MS = 10_000;

export interface ProbeTarget {
  readonly kind: ProviderKind;
  readonly preset: ProviderPreset | null;
  readonly baseUrl: string | null;
  readonly apiKey: string | undefined;
}

/** The provider's model list: the cheapest authenticated call every provider offers. */
function modelsRequest(target: ProbeTarget): { url: string; headers: Record<string, string> } {
  const key = target.apiKey;
  if (target.kind === 'google') {
    const base = (target.baseUrl ?? GEMINI_API_URL).replace(/\/+$/, '');
    return {
      url: `${base}/v1beta/models?pageSize=100`,
      headers: key ? { 'x-goog-api-key': key } : {},
    };
  }
  const base = (
    target.baseUrl ??
    (target.preset ? openAICompatiblePresets[target.preset].baseUrl : OPENAI_API_URL)
  ).replace(/\/+$/, '');
  return { url: `${base}/models`, headers: key ? { authorization: `Bearer ${key}` } : {} };
}

function countModels(body: unknown): number | null {
  if (typeof body !== 'object' || body === null) return null;
  const list = 'data' in body ? body.data : 'models' in body ? body.models : undefined;
  return Array.isArray(list) ? list.length : null;
}

function refusal(status: number): string {
  if (status === 401 || status === 403) return `The provider refused this key (HTTP ${status}).`;
  if (status === 404) return 'The provider answered 404: check the base URL.';
  if (status === 429) return 'The provider is rate limiting this key (HTTP 429); try again later.';
  return `The provider answered HTTP ${status}.`;
}

/**
 * Calls the provider with the key and says, in words safe to show, whether it
 * worked. Messages never quote the key nor the provider's error body (which
 * may echo parts of it).
 */
export async function probeProviderKey(
  target: ProbeTarget,
  fetchImpl: typeof fetch = fetch,
): Promise<ProviderKeyTest> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const { url, headers } = modelsRequest(target);
  try {
    const response = await fetchImpl(url, {
      headers: { accept: 'application/json', ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        message: refusal(response.status),
        modelCount: null,
        latencyMs: elapsed(),
      };
    }
    const modelCount = countModels(await response.json().catch(() => null));
    return {
      ok: true,
      message:
        modelCount === null
          ? 'The key works.'
          : `The key works: the provider lists ${modelCount} model${modelCount === 1 ? '' : 's'}.`,
      modelCount,
      latencyMs: elapsed(),
    };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      ok: false,
      message: timedOut
        ? `The provider did not answer within ${TIMEOUT_MS / 1000} s.`
        : `Could not reach ${new URL(url).host}. Check the base URL and the network.`,
      modelCount: null,
      latencyMs: elapsed(),
    };
  }
}
