import type { ChatCompletionTool } from 'openai/resources/chat/completions';
import type { ToolDefinition } from '../stream/language-model.js';

export function prepareTools(tools: readonly ToolDefinition[]): ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  }));
}
