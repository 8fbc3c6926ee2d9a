import type { FakeToolCall } from './detect-fake-tool-call.js';

/** The five fake tool-call formats of the case study, each with the call it stands for. */
export const FAKE_CALL_FORMATS: readonly { format: string; json: string; call: FakeToolCall }[] = [
  {
    format: 'tool + top-level arguments',
    json: '{"tool": "generate_image", "prompt": "a red fox in snow", "aspectRatio": "16:9"}',
    call: { name: 'generate_image', args: { prompt: 'a red fox in snow', aspectRatio: '16:9' } },
  },
  {
    format: 'name + arguments',
    json: '{"name": "generate_tts", "arguments": {"text": "Good morning", "voice": "Puck"}}',
    call: { name: 'generate_tts', args: { text: 'Good morning', voice: 'Puck' } },
  },
  {
    format: 'function + parameters',
    json: '{"function": "generate_video", "parameters": {"prompt": "waves at dusk", "aspectRatio": "9:16"}}',
    call: { name: 'generate_video', args: { prompt: 'waves at dusk', aspectRatio: '9:16' } },
  },
  {
    format: 'tool_call wrapper (arguments as a JSON string)',
    json: '{"tool_call": {"name": "generate_image", "arguments": "{\\"prompt\\": \\"a lighthouse\\"}"}}',
    call: { name: 'generate_image', args: { prompt: 'a lighthouse' } },
  },
  {
    format: 'action + action_input (DALL·E style)',
    json: '{"action": "dalle.text2im", "action_input": {"prompt": "a cozy cabin"}}',
    call: { name: 'generate_image', args: { prompt: 'a cozy cabin' } },
  },
];
