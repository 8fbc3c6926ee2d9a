import type { SimFeature, SimProtocol } from '../behaviour.js';

/** A tool the request offers, with the argument names its schema lists. */
export interface OfferedTool {
  name: string;
  properties: readonly string[];
}

/** One turn as the model would see it, with provider roles mapped to neutral ones. */
export interface ReceivedMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  text: string;
  /** MIME types (or kinds, when the wire has none) of non-text parts. */
  attachments: readonly string[];
}

/** The protocol-neutral view of a chat request that the reply planner works from. */
export interface ChatRequestView {
  protocol: SimProtocol;
  model: string;
  stream: boolean;
  /** Text of the last user turn ('' when there is none). */
  lastUserText: string;
  /** The last turn is a tool result: the model should now answer in text. */
  afterToolResult: boolean;
  /** Characters of all text sent (system, history, tool results), for prompt usage. */
  promptChars: number;
  tools: readonly OfferedTool[];
  wantsReasoning: boolean;
  maxTokens: number | undefined;
  temperature: number | undefined;
  topP: number | undefined;
  /** Every turn in order; the system prompt first when the wire carries it apart. */
  messages: readonly ReceivedMessage[];
  features: readonly SimFeature[];
}

/** Argument names listed by a JSON schema's `properties`. */
export function schemaProperties(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const properties = (schema as { properties?: unknown }).properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

/** Text of a message `content` in any of the shapes the APIs accept. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => {
      if (typeof part === 'string') return part;
      if (typeof part === 'object' && part !== null && 'text' in part) {
        const text = (part as { text: unknown }).text;
        return typeof text === 'string' ? text : '';
      }
      return '';
    })
    .join('');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
