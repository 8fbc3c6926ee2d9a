/** The shapes models use when they write a tool call as text instead of calling natively. */
export type FakeToolCallFormat = 'tool' | 'name' | 'function' | 'tool_call' | 'action';

/**
 * Builds fake tool-call text for `reply.text`, e.g. `{"tool":"generate_image","prompt":"…"}`.
 * `fenced` wraps it in a ```json block, as many models do.
 */
export function fakeToolCallText(
  format: FakeToolCallFormat,
  name: string,
  args: Record<string, unknown>,
  options: { fenced?: boolean } = {},
): string {
  const shapes: Record<FakeToolCallFormat, Record<string, unknown>> = {
    tool: { tool: name, ...args },
    name: { name, arguments: args },
    function: { function: name, parameters: args },
    tool_call: { tool_call: { name, arguments: args } },
    action: { action: name, action_input: args },
  };
  const json = JSON.stringify(shapes[format]);
  return options.fenced ? `\`\`\`json\n${json}\n\`\`\`` : json;
}
