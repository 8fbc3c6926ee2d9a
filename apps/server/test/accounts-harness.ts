import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';

/** A provider that is not the simulated one (so BYOK applies), pointed at a simulator. */
export async function addOpenAIProvider(
  db: Kysely<Database>,
  baseUrl: string,
  sealed: (providerId: string) => string,
  monthlyLimit: number | null = null,
): Promise<{ providerId: string; modelId: string }> {
  const providerId = randomUUID();
  await db
    .insertInto('providers')
    .values({
      id: providerId,
      kind: 'openai-compatible',
      name: 'OpenAI (test)',
      preset: 'openai',
      base_url: baseUrl,
      api_key_encrypted: sealed(providerId),
      api_key_last4: 'plat',
    })
    .execute();
  const model = await db
    .insertInto('models')
    .values({
      provider_id: providerId,
      model_id: 'sim-chat',
      display_name: 'Test GPT',
      type: 'text',
      capabilities: JSON.stringify({ tools: true }),
      monthly_limit: monthlyLimit,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { providerId, modelId: model.id };
}
