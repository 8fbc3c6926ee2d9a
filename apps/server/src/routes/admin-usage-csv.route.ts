import { Readable } from 'node:stream';
import { usageFilterInput } from '@enox/contracts';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { usageCsv, usageCsvFilename } from '../admin/index.js';
import type { Database } from '../db/schema.js';

export const USAGE_CSV_PATH = '/exports/usage.csv';

/**
 * The usage logs as a CSV download, for admins only. A plain GET (not tRPC)
 * so a link or `curl` with the session cookie saves the file; it takes the
 * same filters as `admin.usage.logs` as query parameters.
 */
export async function adminUsageCsvRoute(app: FastifyInstance, options: { db: Kysely<Database> }) {
  app.get(USAGE_CSV_PATH, async (request, reply) => {
    const auth = await app.authenticate(request, reply);
    if (!auth)
      return reply
        .code(401)
        .send({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in to continue.' } });
    if (auth.user.role !== 'admin')
      return reply
        .code(403)
        .send({ error: { code: 'ADMIN_ONLY', message: 'Only administrators can do this.' } });

    const parsed = usageFilterInput.safeParse(request.query);
    if (!parsed.success)
      return reply.code(400).send({
        error: {
          code: 'BAD_INPUT',
          message: parsed.error.issues[0]?.message ?? 'The request is not valid.',
        },
      });

    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${usageCsvFilename(parsed.data)}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(usageCsv(options.db, parsed.data)));
  });
}
