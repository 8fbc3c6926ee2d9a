import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Read as a Date; written as a Date or an ISO string; defaulted by the database. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** Postgres bigint arrives as a string from both drivers. */
type BigIntColumn = ColumnType<
  string,
  number | bigint | string | undefined,
  number | bigint | string
>;
type Json<T> = ColumnType<T, string | undefined, string>;

export type Role = 'user' | 'admin';
export type ModelType = 'text' | 'image' | 'video' | 'tts';
export type ProviderKind = 'openai-compatible' | 'google';
export type MessageRole = 'user' | 'assistant' | 'system';
export type MessageStatus = 'streaming' | 'complete' | 'stopped' | 'interrupted' | 'error';
export type MediaKind = 'image' | 'audio' | 'video';
export type KeySource = 'platform' | 'own';

export interface ModelCapabilities {
  thinking?: boolean;
  tools?: boolean;
  vision?: boolean;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  avatar_url: string | null;
  role: ColumnType<Role, Role | undefined, Role>;
  byok_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  pinned_model_ids: Json<string[]>;
  disabled_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface UserPasswordsTable {
  user_id: string;
  hash: string;
  updated_at: UpdatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
}

export interface OauthAccountsTable {
  provider: string;
  provider_user_id: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: NullableTimestamp;
}

export interface ProvidersTable {
  id: Generated<string>;
  kind: ProviderKind;
  name: string;
  preset: string | null;
  base_url: string | null;
  api_key_encrypted: string | null;
  api_key_last4: string | null;
  is_simulated: ColumnType<boolean, boolean | undefined, boolean>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ModelsTable {
  id: Generated<string>;
  provider_id: string;
  model_id: string;
  display_name: string;
  type: ModelType;
  monthly_limit: number | null;
  max_tokens: number | null;
  capabilities: Json<ModelCapabilities>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AgentsTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  username: string;
  description: ColumnType<string, string | undefined, string>;
  system_prompt: ColumnType<string, string | undefined, string>;
  model_id: string;
  temperature: number | null;
  top_p: number | null;
  max_tokens: number | null;
  is_public: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ChatsTable {
  id: Generated<string>;
  user_id: string;
  model_id: string | null;
  agent_id: string | null;
  title: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MessagesTable {
  id: Generated<string>;
  chat_id: string;
  role: MessageRole;
  content: string;
  thinking: string | null;
  thinking_ms: number | null;
  status: MessageStatus;
  model_id: string | null;
  input_tokens: number | null;
  output_tokens: number | null;
  error_code: string | null;
  error_message: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MediaTable {
  id: Generated<string>;
  user_id: string;
  message_id: string | null;
  kind: MediaKind;
  mime_type: string;
  bytes: Uint8Array;
  size: number;
  created_at: CreatedAt;
}

export interface UsageTable {
  user_id: string;
  model_id: string;
  /** First day of the UTC calendar month, `YYYY-MM-01`. */
  month: string;
  platform_count: ColumnType<number, number | undefined, number>;
  own_key_count: ColumnType<number, number | undefined, number>;
  input_tokens: BigIntColumn;
  output_tokens: BigIntColumn;
}

export interface UsageEventsTable {
  id: Generated<string>;
  user_id: string;
  model_id: string;
  agent_id: string | null;
  source: string;
  key_source: KeySource;
  status: string;
  input_tokens: number;
  output_tokens: number;
  created_at: CreatedAt;
}

export interface UserModelLimitsTable {
  user_id: string;
  model_id: string;
  monthly_limit: number;
  updated_at: UpdatedAt;
}

export interface UserApiKeysTable {
  id: Generated<string>;
  user_id: string;
  provider: string;
  base_url: string | null;
  api_key_encrypted: string;
  last4: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_at: CreatedAt;
}

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updated_at: UpdatedAt;
}

export interface AuditLogTable {
  id: Generated<string>;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  before: ColumnType<unknown, string | null | undefined, never>;
  after: ColumnType<unknown, string | null | undefined, never>;
  created_at: CreatedAt;
}

export interface Database {
  users: UsersTable;
  user_passwords: UserPasswordsTable;
  sessions: SessionsTable;
  oauth_accounts: OauthAccountsTable;
  auth_throttle: AuthThrottleTable;
  providers: ProvidersTable;
  models: ModelsTable;
  agents: AgentsTable;
  chats: ChatsTable;
  messages: MessagesTable;
  media: MediaTable;
  usage: UsageTable;
  usage_events: UsageEventsTable;
  user_model_limits: UserModelLimitsTable;
  user_api_keys: UserApiKeysTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ProviderRow = Selectable<ProvidersTable>;
export type ModelRow = Selectable<ModelsTable>;
export type AgentRow = Selectable<AgentsTable>;
export type ChatRow = Selectable<ChatsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type NewMessage = Insertable<MessagesTable>;
export type MediaRow = Selectable<MediaTable>;
export type UsageRow = Selectable<UsageTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
