import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { BlockWriter } from '../stream/block-writer.js';
import type { StreamPart } from '../stream/stream-part.js';
import { mapFinishReason } from './map-finish-reason.js';
import { ThinkTagSplitter } from './think-tag-splitter.js';
import { ToolCallAccumulator } from './tool-call-accumulator.js';
import { readUsage, type Usage } from './usage.js';

/**
 * Reasoning sent beside the content: `reasoning_content` (DeepSeek, vLLM, Qwen) or
 * `reasoning` (OpenRouter, Groq, Ollama). Neither is in the SDK's types.
 */
function readReasoning(delta: ChatCompletionChunk.Choice.Delta): string | undefined {
  const fields = delta as { reasoning_content?: unknown; reasoning?: unknown };
  if (typeof fields.reasoning_content === 'string') return fields.reasoning_content;
  if (typeof fields.reasoning === 'string') return fields.reasoning;
  return undefined;
}

/** Turns chat-completion chunks into stream parts; tool calls are emitted once complete. */
export async function* readChunks(
  chunks: AsyncIterable<ChatCompletionChunk>,
): AsyncGenerator<StreamPart, void, undefined> {
  const blocks = new BlockWriter();
  const splitter = new ThinkTagSplitter();
  const toolCalls = new ToolCallAccumulator();
  let usage: Usage | undefined;
  let finishReason: string | null | undefined;

  for await (const chunk of chunks) {
    usage = readUsage(chunk) ?? usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    const delta = choice.delta ?? {};
    const reasoning = readReasoning(delta);
    if (reasoning) yield* blocks.reasoning(reasoning);
    if (delta.content) {
      for (const segment of splitter.push(delta.content)) {
        yield* segment.kind === 'text' ? blocks.text(segment.text) : blocks.reasoning(segment.text);
      }
    }
    if (delta.tool_calls) toolCalls.add(delta.tool_calls);
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }

  for (const segment of splitter.flush()) {
    yield* segment.kind === 'text' ? blocks.text(segment.text) : blocks.reasoning(segment.text);
  }
  yield* blocks.close();
  const calls = toolCalls.finish();
  for (const call of calls) yield { type: 'tool-call', ...call };
  if (usage) yield { type: 'usage', ...usage };
  yield { type: 'finish', reason: mapFinishReason(finishReason, calls.length > 0) };
}
