export { createEnoxClient, type EnoxClient, type EnoxClientOptions } from './create-enox-client.js';
export {
  ChatRunError,
  ChatStream,
  type ChatStreamInput,
  type ChatStreamOptions,
} from './chat-stream.js';
export type { ResumeOptions } from './follow-run.js';
export type {
  AccessToken,
  AppRouter,
  ChatEvent,
  CreatedToken,
  Model,
  SendMessageInput,
} from '@enox/contracts';
