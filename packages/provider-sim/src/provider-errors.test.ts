import { ApiError, GoogleGenAI } from '@google/genai';
import OpenAI, {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { describe, expect, it } from 'vitest';
import { SIM_MESSAGES } from './messages.js';
import { useSim } from './test-clients.js';

const { sim, openai, gemini } = await useSim();
const chat = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }] };
const tools = [{ type: 'function' as const, function: { name: 'generate_image', parameters: {} } }];

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('OpenAI errors', () => {
  it('turns a 429 with Retry-After into the SDK RateLimitError', async () => {
    sim.script({ behaviour: { kind: 'error', status: 429, retryAfterSeconds: 7 } });
    const error = await rejection(openai.chat.completions.create(chat));
    expect(error).toBeInstanceOf(RateLimitError);
    const e = error as RateLimitError;
    expect(e.headers.get('retry-after')).toBe('7');
    expect(e.code).toBe('rate_limit_exceeded');
  });

  it.each([
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [500, InternalServerError],
    [503, InternalServerError],
  ])('maps status %i to the SDK error class', async (status, ErrorClass) => {
    sim.script({ behaviour: { kind: 'error', status, message: `boom ${status}` } });
    const error = await rejection(openai.chat.completions.create(chat));
    expect(error).toBeInstanceOf(ErrorClass);
    expect((error as Error).message).toContain(`boom ${status}`);
  });

  it('reports a 408 with its status', async () => {
    sim.script({ behaviour: { kind: 'error', status: 408 } });
    const error = await rejection(openai.chat.completions.create(chat));
    expect(error).toMatchObject({ status: 408 });
  });

  it('refuses tools with a 400 only when the request offers tools', async () => {
    sim.script({ behaviour: { kind: 'unsupported', features: ['tools'] }, times: Infinity });
    const error = await rejection(openai.chat.completions.create({ ...chat, tools }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ param: 'tools', code: 'unsupported_parameter' });
    expect((error as Error).message).toContain(SIM_MESSAGES.openaiToolsUnsupported);
    const plain = await openai.chat.completions.create(chat);
    expect(plain.choices[0]?.message.content).toContain('hi');
    expect(sim.pendingSteps()).toBe(1);
  });

  it('refuses reasoning_effort with the thinking message', async () => {
    sim.script({ behaviour: { kind: 'unsupported', features: ['tools', 'thinking'] } });
    const error = await rejection(
      openai.chat.completions.create({ ...chat, reasoning_effort: 'low' }),
    );
    expect((error as Error).message).toContain(SIM_MESSAGES.openaiThinkingUnsupported);
  });

  it('answers a wrong key with 401 and records which key was sent', async () => {
    const wrong = new OpenAI({ baseURL: sim.openaiBaseUrl, apiKey: 'nope', maxRetries: 0 });
    const error = await rejection(wrong.chat.completions.create(chat));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(sim.requests[0]?.headers.authorization).toBe('Bearer nope');
  });
});

describe('Gemini errors', () => {
  const request = { model: 'gemini-test', contents: 'hi' };

  it('turns a 429 into ApiError with RESOURCE_EXHAUSTED and RetryInfo', async () => {
    sim.script({ behaviour: { kind: 'error', status: 429, retryAfterSeconds: 3 } });
    const error = await rejection(gemini.models.generateContent(request));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    const body = JSON.parse((error as ApiError).message) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(body.error.details).toEqual([
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '3s' },
    ]);
  });

  it('refuses function calling and thinking with INVALID_ARGUMENT 400s', async () => {
    sim.script({ behaviour: { kind: 'unsupported', features: ['tools', 'thinking'] }, times: 2 });
    const functionDeclarations = [{ name: 'generate_image' }];
    const toolsError = await rejection(
      gemini.models.generateContentStream({
        ...request,
        config: { tools: [{ functionDeclarations }] },
      }),
    );
    expect((toolsError as ApiError).status).toBe(400);
    expect((toolsError as ApiError).message).toContain('INVALID_ARGUMENT');
    expect((toolsError as ApiError).message).toContain(SIM_MESSAGES.geminiToolsUnsupported);
    const thinkingError = await rejection(
      gemini.models.generateContent({
        ...request,
        config: { thinkingConfig: { includeThoughts: true } },
      }),
    );
    expect((thinkingError as ApiError).message).toContain(SIM_MESSAGES.geminiThinkingUnsupported);
  });

  it('answers a wrong key with 401 UNAUTHENTICATED', async () => {
    const wrong = new GoogleGenAI({ apiKey: 'nope', httpOptions: { baseUrl: sim.geminiBaseUrl } });
    const error = await rejection(wrong.models.generateContent(request));
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).message).toContain('UNAUTHENTICATED');
    expect(sim.requests[0]?.headers['x-goog-api-key']).toBe('nope');
  });
});
