import OpenAI, {
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  RateLimitError,
} from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startChatHarness, type ChatHarness } from './chat-harness.js';

/** A 1×1 PNG, inline as OpenAI clients send images. */
const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

type SimMessage = { role: string; content: unknown };
const bodyOf = (request: { body: unknown } | undefined) =>
  request?.body as { messages: SimMessage[]; temperature?: number; top_p?: number } | undefined;

describe('OpenAI-compatible API with the official openai client', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.sim.reset());

  /** A new person, their token, and an unmodified OpenAI client pointed at Enox. */
  async function integrator(name: string) {
    const person = await h.signUp(name);
    const { token } = await person.api.tokens.create.mutate({ name: 'openai sdk' });
    const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: token });
    return { ...person, token, openai };
  }
  const chatRequests = () => h.sim.requests.filter((r) => r.endpoint === 'chat');
  const usageEvents = (userId: string) =>
    h.t.database.db
      .selectFrom('usage_events')
      .select(['source', 'status', 'input_tokens', 'output_tokens'])
      .where('user_id', '=', userId)
      .execute();

  it('lists usable text models and agents, in OpenAI list format', async () => {
    const { api, openai } = await integrator('Lister');
    await api.agents.create.mutate({
      name: 'Poet',
      username: 'lister_poet',
      modelId: h.model('sim-chat').id,
      systemPrompt: 'Answer in verse.',
    });
    const stranger = await h.signUp('Stranger');
    await stranger.api.agents.create.mutate({
      name: 'Secret',
      username: 'stranger_secret',
      modelId: h.model('sim-chat').id,
    });
    await stranger.api.agents.create.mutate({
      name: 'Open',
      username: 'stranger_open',
      modelId: h.model('sim-chat').id,
      isPublic: true,
    });

    const ids = [];
    for await (const model of openai.models.list()) {
      expect(model.object).toBe('model');
      ids.push(model.id);
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        'sim-chat',
        'sim-reasoner',
        'sim-gemini',
        'agent:lister_poet',
        'agent:stranger_open',
      ]),
    );
    expect(ids).not.toContain('agent:stranger_secret');
    expect(ids).not.toContain('sim-image');
    expect((await openai.models.retrieve('sim-chat')).id).toBe('sim-chat');
  });

  it('answers without streaming, passing sampling settings through, and stores no chat', async () => {
    const { api, openai, userId } = await integrator('Plain');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        text: 'Hello from Enox.',
        usage: { promptTokens: 12, completionTokens: 4 },
      },
    });
    const completion = await openai.chat.completions.create({
      model: 'sim-chat',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hello.' },
      ],
      temperature: 0.3,
      top_p: 0.9,
      max_tokens: 50,
    });

    expect(completion.object).toBe('chat.completion');
    expect(completion.model).toBe('sim-chat');
    expect(completion.choices[0]?.message).toMatchObject({
      role: 'assistant',
      content: 'Hello from Enox.',
    });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage).toMatchObject({
      prompt_tokens: 12,
      completion_tokens: 4,
      total_tokens: 16,
    });
    const upstream = bodyOf(chatRequests()[0]);
    expect(upstream?.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Say hello.' },
    ]);
    expect(upstream).toMatchObject({ temperature: 0.3, top_p: 0.9 });
    expect((await api.chat.list.query({})).items).toEqual([]);
    expect(await usageEvents(userId)).toEqual([
      { source: 'api', status: 'complete', input_tokens: 12, output_tokens: 4 },
    ]);
  });

  it('streams role, reasoning and content deltas, a finish reason, usage, then [DONE]', async () => {
    const { openai } = await integrator('Streamer');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: {
        kind: 'reply',
        reasoning: 'Thinking it over.',
        text: 'The answer is 42.',
        usage: { promptTokens: 9, completionTokens: 8 },
      },
    });
    const stream = await openai.chat.completions.create({
      model: 'sim-reasoner',
      messages: [{ role: 'user', content: 'What is the answer?' }],
      stream: true,
      stream_options: { include_usage: true },
      reasoning_effort: 'low',
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);

    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    const deltas = chunks.flatMap((c) => c.choices.map((choice) => choice.delta));
    const reasoning = deltas
      .map((d) => (d as { reasoning_content?: string }).reasoning_content ?? '')
      .join('');
    expect(reasoning).toBe('Thinking it over.');
    expect(deltas.map((d) => d.content ?? '').join('')).toBe('The answer is 42.');
    const finishing = chunks.filter((c) => c.choices[0]?.finish_reason);
    expect(finishing.map((c) => c.choices[0]?.finish_reason)).toEqual(['stop']);
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: { prompt_tokens: 9, completion_tokens: 8, total_tokens: 17 },
    });
  });

  it('ends the raw SSE body with data: [DONE] and leaves usage out unless asked', async () => {
    const { token } = await integrator('Raw');
    h.sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'ok' } });
    const response = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'sim-chat',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = await response.text();
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(body).not.toContain('"usage"');
  });

  it('sends inline images to the provider and refuses image URLs it would have to fetch', async () => {
    const { openai } = await integrator('Viewer');
    h.sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'A dot.' } });
    const completion = await openai.chat.completions.create({
      model: 'sim-chat',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: PNG_DATA_URL } },
          ],
        },
      ],
    });
    expect(completion.choices[0]?.message.content).toBe('A dot.');
    const sent = JSON.stringify(bodyOf(chatRequests()[0])?.messages);
    expect(sent).toContain('What is this?');
    expect(sent).toContain('iVBORw0KGgo');

    const refused = await openai.chat.completions
      .create({
        model: 'sim-chat',
        messages: [
          {
            role: 'user',
            content: [{ type: 'image_url', image_url: { url: 'https://example.com/cat.png' } }],
          },
        ],
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect((refused as BadRequestError).message).toMatch(/not fetched.*data URL/);
    expect((refused as BadRequestError).param).toBe('messages.0.content.0.image_url.url');
    expect(chatRequests()).toHaveLength(1);
  });

  it('answers as an agent with its prompt and settings; private agents only for their creator', async () => {
    const { api, openai } = await integrator('AgentUser');
    await api.agents.create.mutate({
      name: 'Pirate',
      username: 'agentuser_pirate',
      modelId: h.model('sim-chat').id,
      systemPrompt: 'Talk like a pirate.',
      temperature: 1.5,
    });
    h.sim.script({ match: { endpoint: 'chat' }, behaviour: { kind: 'reply', text: 'Arr.' } });
    const completion = await openai.chat.completions.create({
      model: 'agent:agentuser_pirate',
      messages: [{ role: 'user', content: 'Hello' }],
    });
    expect(completion.choices[0]?.message.content).toBe('Arr.');
    expect(bodyOf(chatRequests()[0])).toMatchObject({
      messages: [
        { role: 'system', content: 'Talk like a pirate.' },
        { role: 'user', content: 'Hello' },
      ],
      temperature: 1.5,
    });

    const other = await integrator('Outsider');
    const hidden = await other.openai.chat.completions
      .create({ model: 'agent:agentuser_pirate', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error: unknown) => error);
    expect(hidden).toBeInstanceOf(NotFoundError);
  });

  it('refuses a bad token with 401 and an unknown model with 404, in OpenAI error format', async () => {
    const bad = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: 'enox_pat_not-a-real-token' });
    const unauthorised = await bad.models.list().catch((error: unknown) => error);
    expect(unauthorised).toBeInstanceOf(AuthenticationError);
    expect((unauthorised as AuthenticationError).code).toBe('invalid_api_key');

    const { openai } = await integrator('Lost');
    const missing = await openai.chat.completions
      .create({ model: 'gpt-nonexistent', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({
      status: 404,
      code: 'model_not_found',
      param: 'model',
      type: 'invalid_request_error',
    });
    expect(chatRequests()).toHaveLength(0);
  });

  it('refuses a request over quota with 429, the reset time and a retry-after hint', async () => {
    const { token, userId } = await integrator('Capped');
    let calls = 0;
    const openai = new OpenAI({
      baseURL: `${h.url}/v1`,
      apiKey: token,
      fetch: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
    });
    await h.t.database.db
      .insertInto('user_model_limits')
      .values({ user_id: userId, model_id: h.model('sim-chat').id, monthly_limit: 0 })
      .execute();
    const refused = await openai.chat.completions
      .create({ model: 'sim-chat', messages: [{ role: 'user', content: 'Hi' }], stream: true })
      .catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(RateLimitError);
    const error = refused as RateLimitError;
    expect(error).toMatchObject({ type: 'insufficient_quota', code: 'insufficient_quota' });
    const now = new Date();
    const reset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    expect(error.message).toContain(reset.toISOString());
    const retryAfter = Number(error.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(Math.abs(Date.now() + retryAfter * 1000 - reset.getTime())).toBeLessThan(5_000);
    // Told not to retry, the SDK asked once; and nothing reached the provider.
    expect(error.headers.get('x-should-retry')).toBe('false');
    expect(calls).toBe(1);
    expect(chatRequests()).toHaveLength(0);
  });

  it('turns a provider refusal before any output into a 400 and gives the quota back', async () => {
    const { openai, userId } = await integrator('Refused');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'error', status: 400, message: 'context too long' },
    });
    const refused = await openai.chat.completions
      .create({ model: 'sim-chat', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(await usageEvents(userId)).toEqual([
      { source: 'api', status: 'error', input_tokens: 0, output_tokens: 0 },
    ]);
    const [usage] = (await h.t.database.db
      .selectFrom('usage')
      .select('platform_count')
      .where('user_id', '=', userId)
      .execute()) as { platform_count: number }[];
    expect(usage?.platform_count ?? 0).toBe(0);
  });

  it('closes the provider connection when the client goes away mid-stream', async () => {
    const { openai, userId } = await integrator('Leaver');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: 'one two three four five', hangAfterChunks: 2 },
    });
    const stream = await openai.chat.completions.create({
      model: 'sim-chat',
      messages: [{ role: 'user', content: 'Count' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (text.length > 0) break;
    }
    await h.sim.waitForIdle(5_000);
    expect(chatRequests()[0]?.state).toBe('closed-by-client');
    await expect
      .poll(() => usageEvents(userId))
      .toEqual([expect.objectContaining({ source: 'api', status: 'stopped' })]);
  });

  it('answers unknown /v1 paths and malformed bodies in OpenAI error format', async () => {
    const { token } = await integrator('Prober');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const unknown = await fetch(`${h.url}/v1/embeddings`, { method: 'POST', headers, body: '{}' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'unknown_url' } });

    const malformed = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: '{"model":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { type: 'invalid_request_error' } });

    const noMessages = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: 'sim-chat', messages: [] }),
    });
    expect(noMessages.status).toBe(400);
    expect(await noMessages.json()).toMatchObject({ error: { param: 'messages' } });
  });
});
