import type { AppRouter } from '@enox/contracts';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectRun, startChatHarness, textOf, type ChatHarness } from './chat-harness.js';

// A 1x1 PNG.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type Api = TRPCClient<AppRouter>;

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCClientError
      ? (error.data as { code?: string } | undefined)?.code
      : String(error);
  }
}

describe('chat content: media, attachments, history, regenerate, ownership', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.sim.reset());

  async function sendAndFinish(api: Api, input: Parameters<Api['chat']['send']['mutate']>[0]) {
    const sent = await api.chat.send.mutate(input);
    return { sent, run: await collectRun(api, sent.runId) };
  }

  it('runs a tool call into stored media served only to its owner, with ranges', async () => {
    const { api } = await h.signUp('Painter');
    const { sent, run } = await sendAndFinish(api, {
      modelId: h.model('sim-chat').id,
      message: 'Please draw a red fox',
    });
    const types = run.events.map((e) => e.type);
    expect(types).toContain('generating');
    const media = run.events.find((e) => e.type === 'media');
    expect(media).toMatchObject({ type: 'media', mediaType: 'image', mimeType: 'image/png' });
    if (media?.type !== 'media') throw new Error('no media');
    expect(textOf(run.events)).not.toContain('generate_image');

    const stored = (await api.chat.messages.query({ chatId: sent.chatId })).items[1];
    expect(stored?.media).toEqual([
      { id: media.mediaId, mediaType: 'image', mimeType: 'image/png', url: media.url },
    ]);

    const cookie = await cookieOf(h, 'Painter2');
    const owner = await ownerCookie(h, api);
    const ok = await fetch(`${h.url}${media.url}`, { headers: { cookie: owner } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await ok.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const part = await fetch(`${h.url}${media.url}`, {
      headers: { cookie: owner, range: 'bytes=0-3' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-3/${bytes.length}`);

    expect((await fetch(`${h.url}${media.url}`, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(`${h.url}${media.url}`)).status).toBe(401);
  });

  it.each([
    ['sim-image', 'image', 'image/png'],
    ['sim-imagen', 'image', 'image/png'],
    ['sim-tts', 'audio', 'audio/mpeg'],
    ['sim-gemini-tts', 'audio', 'audio/wav'],
  ] as const)(
    'generates with the %s model directly from the prompt',
    async (modelId, mediaType, mimeType) => {
      const { api } = await h.signUp('Direct');
      const { run } = await sendAndFinish(api, {
        modelId: h.model(modelId).id,
        message: 'A lighthouse at dusk',
        options: { aspectRatio: '16:9', voice: 'Kore' },
      });
      expect(run.events.map((e) => e.type)).toEqual(['meta', 'generating', 'media', 'done']);
      expect(run.events[2]).toMatchObject({ mediaType, mimeType });
    },
  );

  it('generates a video with the Veo model, polling the long-running operation', async () => {
    const { api } = await h.signUp('Director');
    const { sent, run } = await sendAndFinish(api, {
      modelId: h.model('sim-veo').id,
      message: 'Waves at night',
    });
    expect(run.events.map((e) => e.type)).toEqual(['meta', 'generating', 'media', 'done']);
    expect(run.events[2]).toMatchObject({ mediaType: 'video', mimeType: 'video/mp4' });
    expect(h.sim.requests.filter((r) => r.endpoint === 'operation').length).toBeGreaterThanOrEqual(
      1,
    );
    expect((await api.chat.messages.query({ chatId: sent.chatId })).items[1]?.media).toHaveLength(
      1,
    );
  }, 30_000);

  it('sends attachments upstream in memory and stores only placeholders', async () => {
    const { api } = await h.signUp('Attacher');
    const pdfName = 'quarterly-report.pdf';
    const { sent } = await sendAndFinish(api, {
      modelId: h.model('sim-chat').id,
      message: 'What is in these?',
      attachments: [
        { name: 'dot.png', mimeType: 'image/png', data: PNG_BASE64 },
        {
          name: pdfName,
          mimeType: 'application/pdf',
          data: Buffer.from('%PDF-1.4 not really').toString('base64'),
        },
      ],
    });
    const upstream = JSON.stringify(h.sim.requests.find((r) => r.endpoint === 'chat')?.body);
    expect(upstream).toContain(PNG_BASE64);

    const stored = (await api.chat.messages.query({ chatId: sent.chatId })).items[0];
    expect(stored?.content).toBe(`[Image sent]\n[File sent: ${pdfName}]\nWhat is in these?`);
    const leaked = await h.t.database.db
      .selectFrom('messages')
      .select('id')
      .where('content', 'like', `%${PNG_BASE64.slice(0, 24)}%`)
      .execute();
    expect(leaked).toEqual([]);
  });

  it('refuses bad attachments with a clear error before writing anything', async () => {
    const { api } = await h.signUp('BadAttacher');
    const before = await h.t.database.db.selectFrom('messages').select('id').execute();
    const send = (attachments: { name: string; mimeType: string; data: string }[]) =>
      api.chat.send.mutate({ modelId: h.model('sim-chat').id, message: 'hi', attachments });
    expect(
      await codeOf(send([{ name: 'x.exe', mimeType: 'application/x-msdownload', data: 'AAAA' }])),
    ).toBe('BAD_REQUEST');
    expect(
      await codeOf(send([{ name: 'x.png', mimeType: 'image/png', data: '!!not base64!!' }])),
    ).toBe('BAD_REQUEST');
    const six = Array.from({ length: 6 }, (_, i) => ({
      name: `${i}.png`,
      mimeType: 'image/png',
      data: PNG_BASE64,
    }));
    expect(await codeOf(send(six))).toBe('BAD_REQUEST');
    const big = Buffer.alloc(11 * 1024 * 1024).toString('base64');
    expect(await codeOf(send([{ name: 'big.txt', mimeType: 'text/plain', data: big }]))).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(await h.t.database.db.selectFrom('messages').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('shows the model the last 20 messages, assistant turns included', async () => {
    const { api } = await h.signUp('Historian');
    const { sent } = await sendAndFinish(api, {
      modelId: h.model('sim-chat').id,
      message: 'message 1',
    });
    for (let i = 2; i <= 12; i++) {
      await sendAndFinish(api, {
        chatId: sent.chatId,
        modelId: h.model('sim-chat').id,
        message: `message ${i}`,
      });
    }
    // 12 exchanges = 24 messages stored before the last send; with it, 25 (plus the new answer).
    h.sim.reset();
    await sendAndFinish(api, {
      chatId: sent.chatId,
      modelId: h.model('sim-chat').id,
      message: 'message 13',
    });
    const body = h.sim.requests.find((r) => r.endpoint === 'chat')?.body as {
      messages: { role: string; content: unknown }[];
    };
    expect(body.messages).toHaveLength(20);
    expect(body.messages.filter((m) => m.role === 'assistant')).toHaveLength(10);
    expect(JSON.stringify(body.messages.at(-1)?.content)).toContain('message 13');
    // 25 messages: the first five (message 1, its answer, message 2, its answer, message 3) drop out.
    expect(body.messages[0]?.role).toBe('assistant');
    expect(JSON.stringify(body.messages[1]?.content)).toContain('message 4');
  });

  it('regenerates the last answer in place, keeping earlier assistant turns in the history', async () => {
    const { api } = await h.signUp('Regenerator');
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: 'First answer.' },
    });
    const { sent } = await sendAndFinish(api, {
      modelId: h.model('sim-chat').id,
      message: 'Question one',
    });
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: 'Second answer.' },
    });
    await sendAndFinish(api, {
      chatId: sent.chatId,
      modelId: h.model('sim-chat').id,
      message: 'Question two',
    });

    h.sim.reset();
    h.sim.script({
      match: { endpoint: 'chat' },
      behaviour: { kind: 'reply', text: 'Better second answer.' },
    });
    const { runId } = await api.chat.regenerate.mutate({ chatId: sent.chatId });
    await collectRun(api, runId);

    const { items } = await api.chat.messages.query({ chatId: sent.chatId });
    expect(items.map((m) => m.content)).toEqual([
      'Question one',
      'First answer.',
      'Question two',
      'Better second answer.',
    ]);
    const body = h.sim.requests[0]?.body as { messages: { role: string; content: unknown }[] };
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(JSON.stringify(body)).not.toContain('Second answer.');
  });

  it("denies another person every chat procedure and the chat's media", async () => {
    const { api: owner } = await h.signUp('Owner');
    const { sent } = await sendAndFinish(owner, {
      modelId: h.model('sim-chat').id,
      message: 'Private thoughts',
    });
    const { api: other } = await h.signUp('Intruder');
    const chatId = sent.chatId;
    const runId = sent.runId;
    expect(await codeOf(other.chat.messages.query({ chatId }))).toBe('NOT_FOUND');
    expect(await codeOf(other.chat.rename.mutate({ chatId, title: 'mine' }))).toBe('NOT_FOUND');
    expect(await codeOf(other.chat.delete.mutate({ chatId }))).toBe('NOT_FOUND');
    expect(await codeOf(other.chat.regenerate.mutate({ chatId }))).toBe('NOT_FOUND');
    expect(await codeOf(other.chat.stop.mutate({ runId }))).toBe('NOT_FOUND');
    expect(
      await codeOf(
        other.chat.send.mutate({ chatId, modelId: h.model('sim-chat').id, message: 'hi' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await codeOf(collectRun(other, runId))).toBe('NOT_FOUND');
    expect((await other.chat.list.query({})).items).toEqual([]);
    // Nothing changed for the owner.
    expect((await owner.chat.messages.query({ chatId })).items).toHaveLength(2);
  });

  it('pages, searches, renames and deletes chats', async () => {
    const { api } = await h.signUp('Organiser');
    for (const title of ['Alpha plans', 'Beta notes', 'Gamma plans']) {
      await sendAndFinish(api, { modelId: h.model('sim-chat').id, message: title });
    }
    const first = await api.chat.list.query({ limit: 2 });
    expect(first.items.map((c) => c.title)).toEqual(['Gamma plans', 'Beta notes']);
    const second = await api.chat.list.query({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items.map((c) => c.title)).toEqual(['Alpha plans']);
    expect(second.nextCursor).toBeNull();
    expect((await api.chat.list.query({ search: 'plans' })).items.map((c) => c.title)).toEqual([
      'Gamma plans',
      'Alpha plans',
    ]);
    const alpha = second.items[0];
    if (!alpha) throw new Error('missing chat');
    await api.chat.rename.mutate({ chatId: alpha.id, title: 'Renamed' });
    expect((await api.chat.list.query({ search: 'Renamed' })).items).toHaveLength(1);
    await api.chat.delete.mutate({ chatId: alpha.id });
    expect(await codeOf(api.chat.messages.query({ chatId: alpha.id }))).toBe('NOT_FOUND');
  });
});

/** The session cookie of a freshly registered person, for plain fetches. */
async function cookieOf(h: ChatHarness, name: string): Promise<string> {
  const res = await fetch(`${h.url}/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `${name.toLowerCase()}@example.com`,
      password: 'correct horse battery',
      name,
    }),
  });
  return (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
}

/** The owner's cookie: the http client keeps it in its jar, so sign in again over plain fetch. */
async function ownerCookie(h: ChatHarness, api: Api): Promise<string> {
  const me = await api.auth.me.query();
  const res = await fetch(`${h.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: me?.email, password: 'correct horse battery' }),
  });
  return (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
}
