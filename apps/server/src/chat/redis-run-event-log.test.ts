import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { ChatEvent } from '@enox/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { followRun } from './follow-run.js';
import { RedisRunEventLog } from './redis-run-event-log.js';

const REDIS_URL = process.env.REDIS_URL;
const chunk = (text: string): ChatEvent => ({ type: 'chunk', text });
const done: ChatEvent = {
  type: 'done',
  chatId: randomUUID(),
  messageId: randomUUID(),
  status: 'complete',
  usage: null,
};

// Two instances are two server processes: nothing is shared but Redis.
describe.skipIf(!REDIS_URL)('RedisRunEventLog (real Redis)', () => {
  const url = REDIS_URL ?? '';
  const writer = new RedisRunEventLog(url, 300);
  const reader = new RedisRunEventLog(url, 300);
  afterAll(async () => {
    await Promise.all([writer.close(), reader.close()]);
  });

  it('numbers events 1, 2, 3… and reads them back after any id, from another process', async () => {
    const runId = randomUUID();
    expect(await writer.append(runId, chunk('a'))).toBe('1');
    expect(await writer.append(runId, chunk('b'))).toBe('2');
    expect(await writer.append(runId, chunk('c'))).toBe('3');
    expect(await reader.read(runId)).toEqual([
      { id: '1', event: chunk('a') },
      { id: '2', event: chunk('b') },
      { id: '3', event: chunk('c') },
    ]);
    expect((await reader.read(runId, '2')).map((e) => e.id)).toEqual(['3']);
    expect(await reader.read(randomUUID())).toEqual([]);
  });

  it('gives a follower in another process every event exactly once, however the join falls', async () => {
    const runId = randomUUID();
    const count = 300;
    const writing = (async () => {
      for (let i = 1; i <= count; i++) {
        await writer.append(runId, chunk(`t${i} `));
        if (i % 50 === 0) await delay(5);
      }
      await writer.append(runId, done);
    })();
    // Join while the run is under way: part backlog, part live.
    await delay(10);
    const seen: string[] = [];
    for await (const logged of followRun(reader, runId, undefined, undefined)) seen.push(logged.id);
    await writing;
    expect(seen).toEqual(Array.from({ length: count + 1 }, (_, i) => String(i + 1)));
  });

  it('resumes after the last id a client saw', async () => {
    const runId = randomUUID();
    for (const text of ['a', 'b', 'c']) await writer.append(runId, chunk(text));
    await writer.append(runId, done);
    const resumed: ChatEvent[] = [];
    for await (const logged of followRun(reader, runId, '2', undefined)) resumed.push(logged.event);
    expect(resumed).toEqual([chunk('c'), done]);
  });

  it('forgets an ended run after its retention', async () => {
    const runId = randomUUID();
    await writer.append(runId, chunk('a'));
    await writer.end(runId);
    expect(await reader.read(runId)).toHaveLength(1);
    await delay(500);
    expect(await reader.read(runId)).toEqual([]);
  });
});
