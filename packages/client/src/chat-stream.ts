import type { AppRouter, ChatEvent, SendMessageInput } from '@enox/contracts';
import type { TRPCClient } from '@trpc/client';
import { followRun, type ResumeOptions } from './follow-run.js';

/** What `client.chat.stream` sends: `chat.send`'s input (`message`, `modelId`, `chatId?`, …). */
export type ChatStreamInput = SendMessageInput;

export interface ChatStreamOptions extends ResumeOptions {
  /** Stops reading (the answer goes on at the server; `stop()` ends it). */
  readonly signal?: AbortSignal;
}

/** The run ended with an `error` event; `text()` rejects with it. */
export class ChatRunError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ChatRunError';
    this.code = code;
  }
}

/**
 * One answer as it is written: `for await` over its events, or await
 * `text()`. It sends on first use and follows the run across dropped
 * connections; it can be consumed once.
 */
export class ChatStream implements AsyncIterable<ChatEvent> {
  #runId: string | undefined;
  #chatId: string | undefined;
  #text = '';
  #lastEventId: string | undefined;
  #started = false;
  readonly #trpc: TRPCClient<AppRouter>;
  readonly #input: ChatStreamInput;
  readonly #options: ChatStreamOptions;

  constructor(trpc: TRPCClient<AppRouter>, input: ChatStreamInput, options: ChatStreamOptions) {
    this.#trpc = trpc;
    this.#input = input;
    this.#options = options;
  }

  /** The answer's run (also its message id), once sent. */
  get runId(): string | undefined {
    return this.#runId;
  }

  /** The chat the answer belongs to (a new one unless `chatId` was given), once sent. */
  get chatId(): string | undefined {
    return this.#chatId;
  }

  /** The id of the last event yielded: `chat.events({ runId, lastEventId })` resumes after it. */
  get lastEventId(): string | undefined {
    return this.#lastEventId;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<ChatEvent> {
    if (this.#started) throw new Error('A chat stream can be consumed once.');
    this.#started = true;
    const sent = await this.#trpc.chat.send.mutate(this.#input, {
      ...(this.#options.signal ? { signal: this.#options.signal } : {}),
    });
    this.#runId = sent.runId;
    this.#chatId = sent.chatId;
    for await (const { id, data } of followRun(this.#trpc, sent.runId, this.#options)) {
      this.#lastEventId = id;
      if (data.type === 'chunk') this.#text += data.text;
      // The server retracted what it wrote so far (e.g. a tool call it will answer instead).
      if (data.type === 'clear_content') this.#text = '';
      yield data;
    }
  }

  /** The whole answer's text; rejects with `ChatRunError` if the run failed. */
  async text(): Promise<string> {
    for await (const event of this) {
      if (event.type === 'error') throw new ChatRunError(event.code, event.message);
    }
    return this.#text;
  }

  /** Ends the answer at the server, keeping what was written. */
  async stop(): Promise<boolean> {
    if (!this.#runId) return false;
    return (await this.#trpc.chat.stop.mutate({ runId: this.#runId })).stopped;
  }
}
