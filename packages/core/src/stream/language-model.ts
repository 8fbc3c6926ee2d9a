import type { StreamPart } from './stream-part.js';

/** A file sent with a message. Held in memory only: attachments are never stored. */
export interface Attachment {
  name: string;
  mimeType: string;
  data: Uint8Array;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
  attachments?: readonly Attachment[];
}

/** A function the model may call; `parameters` is a JSON Schema object. */
export interface ToolDefinition {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** What a model row says the model can do; adapters only use features it allows. */
export interface ModelCapabilities {
  thinking: boolean;
  tools: boolean;
  vision: boolean;
}

export interface StreamOptions {
  messages: readonly ChatMessage[];
  tools?: readonly ToolDefinition[];
  /** Ask for visible reasoning (only honoured when the model is capable of it). */
  thinking?: boolean;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  abortSignal?: AbortSignal;
}

/**
 * One model of one provider. `stream` never throws: failures arrive as `error` parts and
 * every stream ends with exactly one `finish` part.
 */
export interface LanguageModel {
  readonly provider: string;
  readonly modelId: string;
  readonly capabilities: ModelCapabilities;
  stream(options: StreamOptions): AsyncGenerator<StreamPart, void, undefined>;
}
