import type { Tool } from '@google/genai';
import type { ToolDefinition } from '../stream/language-model.js';

export function prepareTools(tools: readonly ToolDefinition[]): Tool[] {
  return [
    {
      functionDeclarations: tools.map((tool) => ({
        name: tool.name,
        description: tool.description,
        parametersJsonSchema: tool.parameters,
      })),
    },
  ];
}
