/** Exact "unsupported feature" messages (HTTP 400), so adapters and their tests can rely on them. */
export const SIM_MESSAGES = {
  openaiToolsUnsupported: 'tools is not supported for this model',
  openaiThinkingUnsupported: 'reasoning_effort is not supported for this model',
  geminiToolsUnsupported: 'Function calling is not enabled for this model',
  geminiThinkingUnsupported: 'thinking is not supported for this model',
} as const;
