import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcMonthStart } from '../src/admin/shared/utc-calendar.js';
import { appCodeOf, startAdminHarness, type AdminHarness, type Person } from './admin-harness.js';

describe('admin.usage and admin.stats', () => {
  let h: AdminHarness;
  let bob: Person;
  let carol: Person;
  let chat: string;
  let image: string;
  beforeAll(async () => {
    h = await startAdminHarness();
    [bob, carol] = [await h.signUp('Bob'), await h.signUp('=Carol')];
    chat = (await h.seededModel('sim-chat')).id;
    image = (await h.seededModel('sim-image')).id;
    const events = [
      { userId: bob.user.id, modelId: chat, at: '2026-03-01T08:00:00Z' },
      { userId: bob.user.id, modelId: chat, at: '2026-03-01T23:59:59Z', keySource: 'own' as const },
      { userId: carol.user.id, modelId: chat, at: '2026-03-02T10:00:00Z', inputTokens: 100 },
      { userId: carol.user.id, modelId: image, at: '2026-03-03T10:00:00Z', status: 'error' },
      { userId: bob.user.id, modelId: image, at: '2026-04-01T00:00:00Z' },
    ];
    for (const event of events) await h.insertUsageEvent(event);
  });
  afterAll(() => h.close());

  it('pages the request logs newest first, with user and model', async () => {
    const first = await h.admin.api.admin.usage.logs.query({ limit: 2 });
    expect(first.items.map((log) => log.createdAt)).toEqual([
      '2026-04-01T00:00:00.000Z',
      '2026-03-03T10:00:00.000Z',
    ]);
    expect(first.items[1]).toMatchObject({
      user: { id: carol.user.id, name: '=Carol' },
      model: { id: image },
      status: 'error',
      keySource: 'platform',
    });
    const rest = await h.admin.api.admin.usage.logs.query({
      limit: 10,
      cursor: first.nextCursor ?? undefined,
    });
    expect(rest.items).toHaveLength(3);
    expect(rest.nextCursor).toBeNull();
  });

  it('filters the logs by inclusive UTC days, user, model and key source', async () => {
    const logs = (input: Parameters<typeof h.admin.api.admin.usage.logs.query>[0]) =>
      h.admin.api.admin.usage.logs.query(input).then((page) => page.items.map((l) => l.createdAt));
    expect(await logs({ from: '2026-03-01', to: '2026-03-01' })).toEqual([
      '2026-03-01T23:59:59.000Z',
      '2026-03-01T08:00:00.000Z',
    ]);
    expect(await logs({ userId: carol.user.id })).toHaveLength(2);
    expect(await logs({ modelId: image, to: '2026-03-31' })).toEqual(['2026-03-03T10:00:00.000Z']);
    expect(await logs({ keySource: 'own' })).toEqual(['2026-03-01T23:59:59.000Z']);
  });

  it('gives daily requests and tokens per model, platform and own key apart', async () => {
    const series = await h.admin.api.admin.usage.timeseries.query({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(series.from).toBe('2026-03-01');
    expect(series.models.map((m) => m.id).sort()).toEqual([chat, image].sort());
    expect(series.points).toEqual([
      { day: '2026-03-01', modelId: chat, platform: 1, own: 1, inputTokens: 20, outputTokens: 40 },
      { day: '2026-03-02', modelId: chat, platform: 1, own: 0, inputTokens: 100, outputTokens: 20 },
      { day: '2026-03-03', modelId: image, platform: 1, own: 0, inputTokens: 10, outputTokens: 20 },
    ]);
    const one = await h.admin.api.admin.usage.timeseries.query({
      from: '2026-03-01',
      to: '2026-04-30',
      modelId: image,
    });
    expect(one.points.map((p) => p.day)).toEqual(['2026-03-03', '2026-04-01']);
  });

  it('defaults the series to the last 30 days', async () => {
    const series = await h.admin.api.admin.usage.timeseries.query({});
    const today = new Date().toISOString().slice(0, 10);
    expect(series.to).toBe(today);
    expect((Date.parse(series.to) - Date.parse(series.from)) / 86_400_000).toBe(29);
  });

  it('counts people, usable models, agents and this month’s traffic', async () => {
    const month = utcMonthStart(new Date());
    await h.t.database.db
      .insertInto('usage')
      .values([
        {
          user_id: bob.user.id,
          model_id: chat,
          month,
          platform_count: 3,
          own_key_count: 1,
          input_tokens: 300,
          output_tokens: 600,
        },
        {
          user_id: carol.user.id,
          model_id: chat,
          month,
          platform_count: 2,
          input_tokens: 5,
          output_tokens: 7,
        },
        { user_id: carol.user.id, model_id: image, month: '2020-01-01', platform_count: 50 },
      ])
      .execute();
    await h.t.database.db
      .insertInto('agents')
      .values({ user_id: bob.user.id, name: 'Helper', username: 'stats_helper', model_id: chat })
      .execute();
    const models = await bob.api.models.list.query();
    const stats = await h.admin.api.admin.stats.query();
    expect(stats).toEqual({
      month,
      users: 3,
      activeModels: models.length,
      agents: 1,
      requests: { platform: 5, own: 1 },
      tokens: { input: 305, output: 607 },
    });
  });

  it('downloads the filtered logs as CSV, with spreadsheet formulas defused', async () => {
    const response = await h.t.app.inject({
      method: 'GET',
      url: `/exports/usage.csv?from=2026-03-01&to=2026-03-31&userId=${carol.user.id}`,
      headers: { cookie: h.admin.jar.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="enox-usage-2026-03-01-to-2026-03-31.csv"',
    );
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'time,user_name,user_email,model,model_id,agent_id,source,key_source,status,input_tokens,output_tokens',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2026-03-03T10:00:00\.000Z,'=Carol,/);
    expect(lines[1]).toMatch(/,chat,platform,error,10,20$/);
  });

  it('refuses the CSV to a normal user and to a signed-out visitor, and bad filters', async () => {
    const asBob = await h.t.app.inject({
      method: 'GET',
      url: '/exports/usage.csv',
      headers: { cookie: bob.jar.cookie },
    });
    expect(asBob.statusCode).toBe(403);
    expect(asBob.body).not.toContain('2026');
    expect((await h.t.app.inject({ method: 'GET', url: '/exports/usage.csv' })).statusCode).toBe(
      401,
    );
    const bad = await h.t.app.inject({
      method: 'GET',
      url: '/exports/usage.csv?from=2026-03-10&to=2026-03-01',
      headers: { cookie: h.admin.jar.cookie },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses usage and stats procedures to a normal user', async () => {
    // Handlers attach in the same tick the calls start, so no refusal goes unhandled.
    const codes = await Promise.all(
      [
        bob.api.admin.stats.query(),
        bob.api.admin.usage.logs.query({}),
        bob.api.admin.usage.timeseries.query({}),
      ].map(appCodeOf),
    );
    expect(codes).toEqual(codes.map(() => 'ADMIN_ONLY'));
  });
});
