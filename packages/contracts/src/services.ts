import type { z } from 'zod';
import type { SetUserRoleInput } from './schemas/admin.js';
import type { LoginInput, RegisterInput, User } from './schemas/auth.js';
import type {
  ChatSummary,
  Message,
  Page,
  SendMessageInput,
  SendMessageOutput,
  chatEventsInput,
  chatIdInput,
  chatListInput,
  chatMessagesInput,
  regenerateInput,
  renameChatInput,
  runInput,
} from './schemas/chat.js';
import type { ChatEvent } from './schemas/chat-event.js';
import type { Model } from './schemas/models.js';

export interface SessionGrant {
  readonly user: User;
  readonly session: { readonly id: string; readonly expiresAt: Date };
}

export interface AuthService {
  register(input: RegisterInput, ip: string): Promise<SessionGrant>;
  login(input: LoginInput, ip: string): Promise<SessionGrant>;
  logout(sessionId: string): Promise<void>;
}

export interface AdminService {
  setUserRole(actor: User, input: SetUserRoleInput): Promise<User>;
}

export interface ChatService {
  send(user: User, input: SendMessageInput): Promise<SendMessageOutput>;
  events(
    user: User,
    input: z.infer<typeof chatEventsInput>,
    signal: AbortSignal | undefined,
  ): AsyncIterable<{ id: string; event: ChatEvent }>;
  stop(user: User, input: z.infer<typeof runInput>): Promise<{ stopped: boolean }>;
  regenerate(user: User, input: z.infer<typeof regenerateInput>): Promise<{ runId: string }>;
  list(user: User, input: z.infer<typeof chatListInput>): Promise<Page<ChatSummary>>;
  messages(user: User, input: z.infer<typeof chatMessagesInput>): Promise<Page<Message>>;
  rename(user: User, input: z.infer<typeof renameChatInput>): Promise<ChatSummary>;
  delete(user: User, input: z.infer<typeof chatIdInput>): Promise<{ ok: true }>;
}

export interface ModelService {
  list(user: User): Promise<Model[]>;
}

/**
 * What the API needs from the server. The router only validates, checks the
 * caller's tier and delegates here; the server supplies the implementation.
 */
export interface Services {
  readonly auth: AuthService;
  readonly admin: AdminService;
  readonly chat: ChatService;
  readonly models: ModelService;
}
