import type { AppRouter } from '@enox/contracts';
import { createTRPCClient } from '@trpc/client';
import { createLinks } from '../trpc-links';

export interface RecordedRequest {
  url: string;
  init: RequestInit | undefined;
}

/** One procedure's answer on the wire, as the server sends it (plain JSON, no transformer). */
export type WireAnswer =
  | { result: { data: unknown } }
  | { error: { message: string; code: number; data: Record<string, unknown> } };

/** The JSON-RPC error numbers tRPC puts on the wire for the codes used in tests. */
const JSONRPC_CODE = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  CONFLICT: -32009,
  TOO_MANY_REQUESTS: -32029,
} as const;

/** An error answer shaped like the contracts' errorFormatter output. */
export function wireError(
  code: keyof typeof JSONRPC_CODE,
  httpStatus: number,
  appCode: string,
  message: string,
  extra: Record<string, unknown> = {},
): WireAnswer {
  return {
    error: {
      message,
      code: JSONRPC_CODE[code],
      data: { code, httpStatus, path: 'test', appCode, ...extra },
    },
  };
}

/**
 * A real tRPC client over the app's links, talking to a scripted fake `fetch`:
 * every request gets `answer` (once per batched call) or the thrown error.
 */
export function createFakeClient(answer: WireAnswer | Error) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({ url: String(input), init });
    if (answer instanceof Error) throw answer;
    const calls = new URL(String(input), 'http://enox.test').pathname.split('/').pop() ?? '';
    const body = calls.split(',').map(() => answer);
    return new Response(JSON.stringify(body), {
      status: 'error' in answer ? Number(answer.error.data.httpStatus) : 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = createTRPCClient<AppRouter>({
    links: createLinks({ url: 'http://enox.test/trpc', fetch }),
  });
  return { client, requests };
}
