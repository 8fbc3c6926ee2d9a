/** Which provider's base URL a request arrived on (`/openai/v1` or `/gemini`). */
export type SimProtocol = 'openai' | 'gemini';

/** What a request asks for; scripts match on it. Gemini TTS (AUDIO modality) is `speech`. */
export type SimEndpoint = 'chat' | 'image' | 'speech' | 'video' | 'models';

/** A request feature that an `unsupported` behaviour can refuse. */
export type SimFeature = 'tools' | 'thinking';

/** Pace of a streamed answer. Defaults: 15 ms to the first token, 200 tokens per second. */
export interface SimTiming {
  /** Delay before the first content chunk (headers go out at once). */
  firstTokenMs?: number;
  /** Chunks per second after the first one; `Infinity` sends them back to back. */
  tokensPerSecond?: number;
}

/** A native tool call: OpenAI streamed `tool_calls` deltas, Gemini `functionCall` parts. */
export interface SimToolCall {
  name: string;
  /** An object (serialised as JSON) or a string sent verbatim, even if it is not valid JSON. */
  arguments: Record<string, unknown> | string;
  /** OpenAI call id; defaults to a deterministic `call_…`. */
  id?: string;
  /** OpenAI only: how many `arguments` fragments the call is split into (default 3). */
  fragments?: number;
}

/** Usage numbers reported instead of the computed ones (prompt ≈ chars / 4, completion = chunks). */
export interface SimUsage {
  promptTokens?: number;
  completionTokens?: number;
  reasoningTokens?: number;
}

/**
 * A chat answer (endpoint `chat`). `text` and `reasoning` are a string, split into word
 * tokens with one token per chunk, or an array of explicit chunks. Fake tool calls are plain
 * `text`: write the JSON (raw or fenced) yourself or build it with `fakeToolCallText`.
 */
export interface SimReply extends SimTiming {
  kind: 'reply';
  text?: string | readonly string[];
  /** Thinking: OpenAI `delta.reasoning_content` (or `<think>` tags), Gemini `thought: true` parts. */
  reasoning?: string | readonly string[];
  /** OpenAI only: `field` (default) sends `reasoning_content`, `think-tags` inlines `<think>…</think>`. */
  reasoningFormat?: 'field' | 'think-tags';
  toolCalls?: readonly SimToolCall[];
  usage?: SimUsage;
  /** Defaults to `tool_calls` when there are tool calls, `length` when truncated, else `stop`. */
  finishReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter';
  /** Destroy the socket after this many content chunks (0: right after the headers). */
  disconnectAfterChunks?: number;
  /** Stop sending after this many content chunks and keep the connection open until the client leaves. */
  hangAfterChunks?: number;
}

/** An HTTP error in the provider's JSON error format (any endpoint). */
export interface SimHttpError {
  kind: 'error';
  /** 400, 401, 403, 404, 408, 429, 500, 503, … */
  status: number;
  /** Defaults to the provider's usual message for the status. */
  message?: string;
  /** Sent as `Retry-After` (and as Gemini `RetryInfo.retryDelay`). */
  retryAfterSeconds?: number;
}

/**
 * A 400 "unsupported feature" error, only for requests that use one of `features`; other
 * requests skip this step. With `times: Infinity` it models a model that lacks the features.
 * Messages: see `SIM_MESSAGES`.
 */
export interface SimUnsupported {
  kind: 'unsupported';
  features: readonly SimFeature[];
  message?: string;
}

/** Send nothing (or only the headers) until the client closes the connection (any endpoint). */
export interface SimHang {
  kind: 'hang';
  afterHeaders?: boolean;
}

/** Destroy the socket without an answer (optionally after sending the headers; any endpoint). */
export interface SimDisconnect {
  kind: 'disconnect';
  afterHeaders?: boolean;
}

/** Generated media (endpoints `image` and `speech`): the bytes are derived from the prompt. */
export interface SimMedia {
  kind: 'media';
  /** Delay before the answer. */
  latencyMs?: number;
}

/** A Veo long-running operation (endpoint `video`). Default: done at the first poll. */
export interface SimVideo {
  kind: 'video';
  /** Number of polls answered `done: false` before the operation is done. */
  pollsUntilDone?: number;
  /** The operation is not done before this many ms after its creation. */
  doneAfterMs?: number;
  /** The operation ends with this error instead of a video. */
  failWith?: { code: number; message: string };
}

/** What the simulator does with a request, discriminated on `kind`. */
export type SimBehaviour =
  SimReply | SimHttpError | SimUnsupported | SimHang | SimDisconnect | SimMedia | SimVideo;
