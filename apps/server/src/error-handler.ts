import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** One error handler for plain HTTP routes: 4xx say what was wrong, 5xx say nothing internal. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(status)
      .send({ error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } });
  }
  return reply
    .code(status)
    .send({ error: { code: error.code ?? 'BAD_REQUEST', message: error.message } });
}
