import { appRouter, type AppRouter } from '@enox/contracts';
import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../src/crypto/secret-box.js';
import { providerKeyContext } from '../src/providers/provider-access.js';
import { addOpenAIProvider } from './accounts-harness.js';
import { collectRun, startChatHarness, type ChatHarness } from './chat-harness.js';

const SECRET = 'leak-scan-master-secret-0123456789abcdefghij';
// Every key this test stores carries this marker, so any echo of one is found.
const MARK = 'LEAKMARK';
const keys = {
  platform: `sk-platform-${MARK}-1111`,
  user: `sk-user-${MARK}-2222`,
  custom: `sk-custom-${MARK}-3333`,
  admin: `sk-admin-${MARK}-4444`,
  rotated: `sk-rotated-${MARK}-5555`,
};

type Api = TRPCClient<AppRouter>;
type Call = (ctx: { user: Api; admin: Api; ids: Record<string, string> }) => Promise<unknown>;

/**
 * One call per procedure. The list must name every procedure of the router,
 * so a new one cannot escape the scan.
 */
const calls: Record<string, Call> = {
  'auth.me': ({ user }) => user.auth.me.query(),
  'auth.login': async ({ user }) =>
    user.auth.login.mutate({
      email: (await user.auth.me.query())?.email ?? '',
      password: 'correct horse battery',
    }),
  'auth.register': ({ ids }) => Promise.resolve(ids.registered),
  'auth.logout': () => Promise.resolve(null),
  'users.updateProfile': ({ user }) => user.users.updateProfile.mutate({ name: 'Scan User' }),
  'users.setPinnedModels': ({ user, ids }) =>
    user.users.setPinnedModels.mutate({ modelIds: [ids.model ?? ''] }),
  'users.setByok': ({ user }) => user.users.setByok.mutate({ enabled: true }),
  'keys.list': ({ user }) => user.keys.list.query(),
  'keys.set': ({ user }) =>
    user.keys.set.mutate({ provider: 'groq', apiKey: `sk-groq-${MARK}-6666` }),
  'keys.test': ({ user }) => user.keys.test.mutate({ provider: 'custom' }),
  'keys.remove': ({ user }) => user.keys.remove.mutate({ provider: 'groq' }),
  'usage.summary': ({ user }) => user.usage.summary.query(),
  'models.list': ({ user }) => user.models.list.query(),
  'models.usage': ({ user }) => user.models.usage.query(),
  'agents.create': ({ ids }) => Promise.resolve(ids.agent),
  'agents.list': ({ user }) => user.agents.list.query(),
  'agents.update': ({ user, ids }) =>
    user.agents.update.mutate({ id: ids.agent ?? '', description: 'scanned' }),
  'agents.public': ({ user }) => user.agents.public.query({}),
  'agents.byUsername': ({ admin }) => admin.agents.byUsername.query({ username: 'scan_agent' }),
  'agents.delete': ({ user, ids }) => user.agents.delete.mutate({ id: ids.agent ?? '' }),
  'chat.send': ({ ids }) => Promise.resolve(ids.sent),
  'chat.events': ({ ids }) => Promise.resolve(ids.events),
  'chat.stop': ({ user, ids }) => user.chat.stop.mutate({ runId: ids.runId ?? '' }),
  'chat.regenerate': ({ ids }) => Promise.resolve(ids.regenerated),
  'chat.list': ({ user }) => user.chat.list.query({}),
  'chat.messages': ({ user, ids }) => user.chat.messages.query({ chatId: ids.chatId ?? '' }),
  'chat.rename': ({ user, ids }) =>
    user.chat.rename.mutate({ chatId: ids.chatId ?? '', title: 'Scanned' }),
  'chat.delete': ({ user, ids }) => user.chat.delete.mutate({ chatId: ids.chatId ?? '' }),
  'generate.image': ({ user, ids }) =>
    user.generate.image.mutate({ modelId: ids.imageModel ?? '', prompt: 'a key' }),
  'generate.tts': ({ user, ids }) =>
    user.generate.tts.mutate({ modelId: ids.ttsModel ?? '', prompt: 'a key' }),
  'generate.video': () => Promise.resolve(null),
  'admin.stats': ({ admin }) => admin.admin.stats.query(),
  'admin.providers.list': ({ admin }) => admin.admin.providers.list.query(),
  'admin.providers.create': ({ ids }) => Promise.resolve(ids.createdProvider),
  'admin.providers.update': ({ admin, ids }) =>
    admin.admin.providers.update.mutate({ id: ids.adminProvider ?? '', name: 'Renamed' }),
  'admin.providers.rotateKey': ({ admin, ids }) =>
    admin.admin.providers.rotateKey.mutate({ id: ids.adminProvider ?? '', apiKey: keys.rotated }),
  'admin.providers.testKey': ({ admin, ids }) =>
    admin.admin.providers.testKey.mutate({ id: ids.adminProvider ?? '' }),
  'admin.models.list': ({ admin }) => admin.admin.models.list.query(),
  'admin.models.create': ({ ids }) => Promise.resolve(ids.createdModel),
  'admin.models.update': ({ admin, ids }) =>
    admin.admin.models.update.mutate({ id: ids.adminModel ?? '', name: 'Renamed' }),
  'admin.models.setActive': ({ admin, ids }) =>
    admin.admin.models.setActive.mutate({ id: ids.adminModel ?? '', active: false }),
  'admin.models.delete': ({ admin, ids }) =>
    admin.admin.models.delete.mutate({ id: ids.adminModel ?? '' }),
  'admin.providers.delete': ({ admin, ids }) =>
    admin.admin.providers.delete.mutate({ id: ids.adminProvider ?? '' }),
  'admin.users.list': ({ admin }) => admin.admin.users.list.query({}),
  'admin.users.create': ({ admin }) =>
    admin.admin.users.create.mutate({
      email: 'made@example.com',
      name: 'Made',
      password: 'correct horse battery',
    } as never),
  'admin.users.setRole': ({ admin, ids }) =>
    admin.admin.users.setRole.mutate({ userId: ids.userId ?? '', role: 'user' }),
  'admin.users.disable': ({ admin, ids }) =>
    admin.admin.users.disable.mutate({ userId: ids.madeUser ?? ids.userId ?? '' }),
  'admin.users.enable': ({ admin, ids }) =>
    admin.admin.users.enable.mutate({ userId: ids.madeUser ?? ids.userId ?? '' }),
  'admin.limits.list': ({ admin, ids }) =>
    admin.admin.limits.list.query({ userId: ids.userId ?? '' }),
  'admin.limits.set': ({ admin, ids }) =>
    admin.admin.limits.set.mutate({
      userId: ids.userId ?? '',
      modelId: ids.model ?? '',
      monthlyLimit: 50,
    }),
  'admin.limits.remove': ({ admin, ids }) =>
    admin.admin.limits.remove.mutate({ userId: ids.userId ?? '', modelId: ids.model ?? '' }),
  'admin.usage.logs': ({ admin }) => admin.admin.usage.logs.query({}),
  'admin.usage.timeseries': ({ admin }) => admin.admin.usage.timeseries.query({}),
  'admin.settings.get': ({ admin }) => admin.admin.settings.get.query(),
  'admin.settings.set': ({ admin }) =>
    admin.admin.settings.set.mutate({ signup: { mode: 'open' } } as never),
  'admin.audit.list': ({ admin }) => admin.admin.audit.list.query({}),
  'tokens.create': ({ user }) => user.tokens.create.mutate({ name: 'scan' }),
  'tokens.list': ({ user }) => user.tokens.list.query(),
  'tokens.revoke': ({ user, ids }) => user.tokens.revoke.mutate({ id: ids.token ?? '' }),
};

describe('no procedure ever returns key material', () => {
  let h: ChatHarness;
  const responses: string[] = [];
  const record = <T>(value: T): T => {
    responses.push(JSON.stringify(value) ?? 'undefined');
    return value;
  };

  beforeAll(async () => {
    h = await startChatHarness({ ENOX_SECRET: SECRET });
    const box = new SecretBox(SECRET);
    await addOpenAIProvider(h.t.database.db, h.sim.openaiBaseUrl, (id) =>
      box.seal(keys.platform, providerKeyContext(id)),
    );
  });
  afterAll(() => h.close());

  it('covers every procedure of the router', () => {
    const procedures = Object.keys(
      (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
    );
    expect(procedures.filter((path) => !(path in calls)).sort()).toEqual([]);
  });

  it('finds no key, sealed key or key fragment in any response of a full user and admin session', async () => {
    const { api: admin } = await h.signUp('ScanAdmin');
    const { api: user, userId } = await h.signUp('ScanUser');
    const ids: Record<string, string> = { userId };
    ids.model = h.model('sim-chat').id;
    ids.imageModel = h.model('sim-image').id;
    ids.ttsModel = h.model('sim-tts').id;
    ids.registered = 'registered above';

    record(await user.keys.set.mutate({ provider: 'openai', apiKey: keys.user }));
    record(
      await user.keys.set.mutate({
        provider: 'custom',
        apiKey: keys.custom,
        baseUrl: h.sim.openaiBaseUrl,
      }),
    );
    const provider = record(
      await admin.admin.providers.create.mutate({
        kind: 'openai-compatible',
        name: 'Scan',
        apiKey: keys.admin,
      } as never),
    ) as { id: string };
    ids.adminProvider = provider.id;
    const model = record(
      await admin.admin.models.create.mutate({
        providerId: provider.id,
        modelId: 'scan-model',
        name: 'Scan',
        type: 'text',
      } as never),
    ) as { id: string };
    ids.adminModel = model.id;

    const sent = record(await user.chat.send.mutate({ modelId: ids.model, message: 'hello' })) as {
      runId: string;
      chatId: string;
    };
    ids.runId = sent.runId;
    ids.chatId = sent.chatId;
    record((await collectRun(user, sent.runId)).events);
    const regenerated = record(await user.chat.regenerate.mutate({ chatId: sent.chatId })) as {
      runId: string;
    };
    record((await collectRun(user, regenerated.runId)).events);
    ids.runId = regenerated.runId;
    const agent = record(
      await user.agents.create.mutate({
        name: 'Scan',
        username: 'scan_agent',
        modelId: ids.model,
        isPublic: true,
      }),
    );
    ids.agent = agent.id;
    const failures: string[] = [];
    const made = (await admin.admin.users.list.query({})) as {
      items: { id: string; email: string }[];
    };
    for (const [path, call] of Object.entries(calls)) {
      if (path === 'admin.users.disable') {
        const list = (await admin.admin.users.list.query({})) as {
          items: { id: string; email: string }[];
        };
        ids.madeUser = list.items.find((u) => u.email === 'made@example.com')?.id ?? '';
      }
      try {
        const value = record(await call({ user, admin, ids }));
        if (path === 'tokens.create') ids.token = (value as { id: string }).id;
      } catch (error) {
        failures.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
        // A refusal is a response too: its message must not carry a key either.
        record({ path, error: error instanceof Error ? error.message : String(error) });
      }
    }
    expect(made.items.length).toBeGreaterThan(0);
    // The scan means something only if the calls did what they were asked.
    expect(failures).toEqual([]);
    const wire = responses.join('\n');
    expect(wire).not.toContain(MARK);
    expect(wire).not.toMatch(/v1\.[\w-]{8}:/);
    expect(wire).not.toContain('sim-test-key');
  }, 60_000);
});
