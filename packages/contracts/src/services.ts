import type { z } from 'zod';
import type { AdminService } from './schemas/admin-service.js';
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
import type {
  ApiKeySummary,
  KeyTestResult,
  ModelUsage,
  SetKeyInput,
  keyProviderInput,
  setByokInput,
  setPinnedModelsInput,
  updateProfileInput,
} from './schemas/accounts.js';
import type {
  Agent,
  CreateAgentInput,
  PublicAgent,
  UpdateAgentInput,
  agentByUsernameInput,
  agentIdInput,
  publicAgentsInput,
} from './schemas/agents.js';
import type { GenerateInput, GenerateOutput } from './schemas/generate.js';
import type { Model } from './schemas/models.js';
import type {
  AccessToken,
  CreateTokenInput,
  CreatedToken,
  tokenIdInput,
} from './schemas/tokens.js';

export interface SessionGrant {
  readonly user: User;
  readonly session: { readonly id: string; readonly expiresAt: Date };
}

export interface AuthService {
  register(input: RegisterInput, ip: string): Promise<SessionGrant>;
  login(input: LoginInput, ip: string): Promise<SessionGrant>;
  logout(sessionId: string): Promise<void>;
}

export type { AdminService };

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

export interface UserService {
  updateProfile(user: User, input: z.infer<typeof updateProfileInput>): Promise<User>;
  setPinnedModels(user: User, input: z.infer<typeof setPinnedModelsInput>): Promise<User>;
  setByok(user: User, input: z.infer<typeof setByokInput>): Promise<User>;
}

export interface KeyService {
  list(user: User): Promise<ApiKeySummary[]>;
  set(user: User, input: SetKeyInput): Promise<ApiKeySummary>;
  remove(user: User, input: z.infer<typeof keyProviderInput>): Promise<{ ok: true }>;
  test(user: User, input: z.infer<typeof keyProviderInput>): Promise<KeyTestResult>;
}

export interface UsageService {
  summary(user: User): Promise<ModelUsage[]>;
}

export interface AgentService {
  list(user: User): Promise<Agent[]>;
  create(user: User, input: CreateAgentInput): Promise<Agent>;
  update(user: User, input: UpdateAgentInput): Promise<Agent>;
  delete(user: User, input: z.infer<typeof agentIdInput>): Promise<{ ok: true }>;
  public(input: z.infer<typeof publicAgentsInput>): Promise<Page<PublicAgent>>;
  /** The full agent for its creator; the public view for anyone else (a private agent is not found). */
  byUsername(user: User, input: z.infer<typeof agentByUsernameInput>): Promise<Agent | PublicAgent>;
}

export interface GenerateService {
  run(user: User, type: 'image' | 'tts' | 'video', input: GenerateInput): Promise<GenerateOutput>;
}

export interface TokenService {
  list(user: User): Promise<AccessToken[]>;
  create(user: User, input: CreateTokenInput): Promise<CreatedToken>;
  revoke(user: User, input: z.infer<typeof tokenIdInput>): Promise<AccessToken>;
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
  readonly users: UserService;
  readonly keys: KeyService;
  readonly usage: UsageService;
  readonly agents: AgentService;
  readonly generate: GenerateService;
  readonly tokens: TokenService;
}
