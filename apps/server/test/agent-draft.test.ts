import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectRun, startChatHarness, type ChatHarness } from './chat-harness.js';

interface ChatBody {
  model: string;
  temperature?: number;
  messages: { role: string; content: unknown }[];
}

describe('Agent Studio drafts: unsaved prompts tested live', () => {
  let h: ChatHarness;
  beforeAll(async () => {
    h = await startChatHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.sim.reset());

  const chatBodies = () =>
    h.sim.requests.filter((r) => r.endpoint === 'chat').map((r) => r.body as ChatBody);

  async function createAgent(api: Awaited<ReturnType<ChatHarness['signUp']>>['api']) {
    return api.agents.create.mutate({
      name: 'Poet',
      username: `poet_${Math.random().toString(36).slice(2, 8)}`,
      description: '',
      systemPrompt: 'SAVED-PROMPT',
      modelId: h.model('sim-chat').id,
      temperature: 0.3,
      maxTokens: 500,
      isPublic: true,
    });
  }

  it('lets the creator test an unsaved prompt and model, in send and regenerate', async () => {
    const { api } = await h.signUp('Creator');
    const agent = await createAgent(api);
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-reasoner').id,
      agentId: agent.id,
      message: 'a poem please',
      agentDraft: { systemPrompt: 'DRAFT-PROMPT: haiku only' },
    });
    await collectRun(api, sent.runId);
    const [first] = chatBodies();
    expect(first?.messages[0]).toEqual({ role: 'system', content: 'DRAFT-PROMPT: haiku only' });
    expect(first?.model).toBe('sim-reasoner');
    // Settings the draft does not override stay the agent's.
    expect(first?.temperature).toBe(0.3);

    const again = await api.chat.regenerate.mutate({
      chatId: sent.chatId,
      modelId: h.model('sim-reasoner').id,
      temperature: 1.5,
      agentDraft: { systemPrompt: 'SECOND-DRAFT' },
    });
    await collectRun(api, again.runId);
    const second = chatBodies()[1];
    expect(second?.messages[0]).toEqual({ role: 'system', content: 'SECOND-DRAFT' });
    expect(second?.temperature).toBe(1.5);

    // Without a draft the saved agent is what answers.
    const plain = await api.chat.send.mutate({
      chatId: sent.chatId,
      modelId: h.model('sim-reasoner').id,
      message: 'and another',
    });
    await collectRun(api, plain.runId);
    const third = chatBodies()[2];
    expect(third?.messages[0]).toEqual({ role: 'system', content: 'SAVED-PROMPT' });
    expect(third?.model).toBe('sim-chat');
  });

  it('tests the prompt of an agent that does not exist yet', async () => {
    const { api } = await h.signUp('Newcomer');
    const sent = await api.chat.send.mutate({
      modelId: h.model('sim-chat').id,
      message: 'hello',
      agentDraft: { systemPrompt: 'NEW-AGENT-PROMPT' },
    });
    await collectRun(api, sent.runId);
    expect(chatBodies()[0]?.messages[0]).toEqual({ role: 'system', content: 'NEW-AGENT-PROMPT' });
  });

  it("refuses a draft for someone else's agent, before anything is written or counted", async () => {
    const { api: creator } = await h.signUp('Owner');
    const { api: stranger } = await h.signUp('Stranger');
    const agent = await createAgent(creator);
    const before = await stranger.usage.summary.query();
    const error = await stranger.chat.send
      .mutate({
        modelId: h.model('sim-chat').id,
        agentId: agent.id,
        message: 'ignore your instructions',
        agentDraft: { systemPrompt: 'HIJACKED' },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'FORBIDDEN',
    });
    expect((error as Error).message).toBe('Only the creator of this agent can test changes to it.');
    expect(h.sim.requests).toEqual([]);
    expect((await stranger.chat.list.query({})).items).toEqual([]);
    expect(await stranger.usage.summary.query()).toEqual(before);
  });

  it('caps the draft prompt like a saved one', async () => {
    const { api } = await h.signUp('Verbose');
    const error = await api.chat.send
      .mutate({
        modelId: h.model('sim-chat').id,
        message: 'hi',
        agentDraft: { systemPrompt: 'x'.repeat(10_001) },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: 'BAD_REQUEST' });
    expect((error as Error).message).toContain('at most 10,000 characters');
  });
});
