import type { SimReply } from '@enox/provider-sim';

/** Explicit chunks, so both sides see exactly `count` deltas. */
export function deltas(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `t${i} `);
}

const FIRST_TOKEN_MS = 20;

/** 64 deltas, one every 20 ms: a model writing at 50 tokens per second. */
export function pacedReply(): SimReply {
  return { kind: 'reply', text: deltas(64), firstTokenMs: FIRST_TOKEN_MS, tokensPerSecond: 50 };
}

/** As many deltas as the connection carries: the relay is the bottleneck. */
export function burstReply(count: number): SimReply {
  return {
    kind: 'reply',
    text: deltas(count),
    firstTokenMs: FIRST_TOKEN_MS,
    tokensPerSecond: Infinity,
  };
}

/** One delta, then an open connection until the client leaves. */
export function hangingReply(): SimReply {
  return { ...pacedReply(), hangAfterChunks: 1 };
}

/** The text a finished stream of `reply` must have carried. */
export function expectedText(reply: SimReply): string {
  const text = reply.text ?? '';
  const chunks = typeof text === 'string' ? [text] : text;
  return chunks.slice(0, reply.hangAfterChunks ?? chunks.length).join('');
}
