import type { FastifyInstance } from 'fastify';
import type { MediaStore } from '../media/media-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses a single `bytes=` range; null when absent or unsatisfiable. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

/** Generated media, to its owner only, with range requests so audio and video can seek. */
export async function mediaRoute(app: FastifyInstance, options: { store: MediaStore }) {
  app.get<{ Params: { id: string } }>('/media/:id', async (request, reply) => {
    const auth = await app.authenticate(request, reply);
    if (!auth)
      return reply
        .code(401)
        .send({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in to continue.' } });
    const { id } = request.params;
    const media = UUID.test(id) ? await options.store.getForOwner(id, auth.user.id) : null;
    // Someone else's media is indistinguishable from none at all.
    if (!media)
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Not found.' } });

    reply
      .header('content-type', media.mimeType)
      .header('accept-ranges', 'bytes')
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('etag', `"${media.id}"`)
      .header('x-content-type-options', 'nosniff');
    if (request.headers['if-none-match'] === `"${media.id}"`) return reply.code(304).send();

    const range = parseRange(request.headers.range, media.size);
    if (range === 'invalid') {
      return reply.code(416).header('content-range', `bytes */${media.size}`).send();
    }
    if (range) {
      return reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${media.size}`)
        .header('content-length', range.end - range.start + 1)
        .send(Buffer.from(media.bytes.subarray(range.start, range.end + 1)));
    }
    return reply.header('content-length', media.size).send(Buffer.from(media.bytes));
  });
}
