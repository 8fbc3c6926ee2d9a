/** What a generated piece of media is, as the chat shows it. */
export type MediaType = 'image' | 'audio' | 'video';

/**
 * Why a stream ended. `tool-calls` means the model asked for tools (and, after the tool
 * runner, that they ran); `aborted` means the caller's AbortSignal fired.
 */
export type FinishReason =
  'stop' | 'length' | 'tool-calls' | 'content-filter' | 'error' | 'aborted' | 'other';

/** Stable, machine-readable reasons a provider call failed. */
export type ProviderErrorCode =
  | 'PROVIDER_AUTH'
  | 'PROVIDER_RATE_LIMITED'
  | 'PROVIDER_BAD_REQUEST'
  | 'PROVIDER_NOT_FOUND'
  | 'PROVIDER_TIMEOUT'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_NETWORK'
  | 'PROVIDER_ERROR'
  | 'CONTENT_FILTERED'
  | 'TOOL_FAILED'
  | 'TOOL_UNAVAILABLE';

export interface ErrorPart {
  type: 'error';
  code: ProviderErrorCode;
  /** Safe to show to a person: never contains a key. */
  message: string;
  status?: number;
  /** True for 408/409/429/5xx and network failures: the same request may succeed later. */
  retryable: boolean;
}

/** The one vocabulary every adapter and stage speaks (named `<noun>-<action>`). */
export type StreamPart =
  | { type: 'text-start'; id: string }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string }
  | { type: 'reasoning-start'; id: string }
  | { type: 'reasoning-delta'; id: string; delta: string }
  | { type: 'reasoning-end'; id: string }
  | { type: 'tool-call'; id: string; name: string; args: Record<string, unknown> }
  | { type: 'media-generating'; mediaType: MediaType; toolCallId?: string }
  | {
      type: 'media-ready';
      mediaType: MediaType;
      mimeType: string;
      bytes: Uint8Array;
      toolCallId?: string;
      /** Whose key paid for it, so usage can be attributed (tools only). */
      keyOwner?: KeyOwner;
    }
  | { type: 'usage'; inputTokens: number; outputTokens: number }
  | { type: 'finish'; reason: FinishReason }
  | ErrorPart;

export type KeyOwner = 'user' | 'platform';

export type StreamPartType = StreamPart['type'];
