import { Readable } from 'node:stream';
import type { User } from '@enox/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { chatCompletionRequestSchema } from './chat-completion-request.js';
import { completionEvents } from './completion-events.js';
import { completionBody, completionMeta } from './completion-format.js';
import { listOpenAIModels } from './models-list.js';
import { openCompletion, type CompletionDeps } from './open-completion.js';
import { OpenAIApiError, sendOpenAIError, toOpenAIError, unauthenticated } from './openai-error.js';

/**
 * The OpenAI-compatible API under `/v1`, for any OpenAI client with a
 * personal access token. Registered without fastify-plugin: its error and
 * not-found handlers answer in OpenAI's format and apply to `/v1` only.
 */
export async function openaiApiRoutes(app: FastifyInstance, deps: CompletionDeps) {
  const callers = new WeakMap<FastifyRequest, User>();
  const caller = (request: FastifyRequest): User => {
    const user = callers.get(request);
    if (!user) throw unauthenticated();
    return user;
  };

  app.setErrorHandler((error, request, reply) =>
    sendOpenAIError(reply, toOpenAIError(error, request.log)),
  );
  app.setNotFoundHandler((request, reply) =>
    sendOpenAIError(
      reply,
      new OpenAIApiError(404, `Unknown endpoint ${request.method} ${request.url}.`, {
        code: 'unknown_url',
      }),
    ),
  );

  // Tokens only (what OpenAI clients send), checked before a large body is read.
  app.addHook('onRequest', async (request, reply) => {
    const auth = await app.authenticate(request, reply);
    if (!auth || auth.via.kind !== 'token') throw unauthenticated();
    callers.set(request, auth.user);
  });

  app.get('/models', async (request) => ({
    object: 'list',
    data: await listOpenAIModels(deps.db, caller(request)),
  }));

  app.get<{ Params: { '*': string } }>('/models/*', async (request) => {
    const name = request.params['*'];
    const found = (await listOpenAIModels(deps.db, caller(request))).find((m) => m.id === name);
    if (!found) {
      throw new OpenAIApiError(404, `The model \`${name}\` does not exist.`, {
        code: 'model_not_found',
        param: 'model',
      });
    }
    return found;
  });

  app.post('/chat/completions', async (request, reply) => {
    const body = chatCompletionRequestSchema.parse(request.body);
    // A client that goes away stops the provider call too.
    const controller = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableFinished) controller.abort();
    });

    const opened = await openCompletion(deps, caller(request), body, controller.signal);
    const meta = completionMeta(body.model);
    if (!body.stream) {
      try {
        for await (const part of opened.parts) void part;
      } finally {
        await opened.close(controller.signal.aborted);
      }
      if (opened.tally.error) throw new OpenAIApiError(502, opened.tally.error.message);
      return completionBody(meta, opened.tally);
    }

    request.raw.socket.setNoDelay(true);
    const includeUsage = body.stream_options?.include_usage ?? false;
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .send(
        Readable.from(completionEvents(opened, meta, includeUsage, controller.signal), {
          objectMode: false,
        }),
      );
  });
}
