import type { z } from 'zod';
import type { AuditEntry, ListAuditInput } from './admin-audit.js';
import type {
  RemoveLimitInput,
  SetLimitInput,
  UserLimits,
  UserModelLimit,
} from './admin-limits.js';
import type {
  AdminModel,
  CreateModelInput,
  SetModelActiveInput,
  UpdateModelInput,
  modelIdInput,
} from './admin-models.js';
import type {
  AdminProvider,
  CreateProviderInput,
  ProviderKeyTest,
  RotateProviderKeyInput,
  TestProviderKeyInput,
  UpdateProviderInput,
  providerIdInput,
} from './admin-providers.js';
import type { AdminSettings, SetSettingsInput } from './admin-settings.js';
import type {
  AdminStats,
  UsageLog,
  UsageLogsInput,
  UsageTimeseries,
  UsageTimeseriesInput,
} from './admin-usage.js';
import type {
  AdminUser,
  CreateUserInput,
  ListUsersInput,
  SetUserRoleInput,
  UserIdInput,
} from './admin-users.js';
import type { User } from './auth.js';
import type { Page } from './chat.js';

// The port the admin routers delegate to. Every change takes the acting admin,
// whom the server records in the audit log.

type Ok = { ok: true };

export interface AdminProvidersService {
  list(): Promise<AdminProvider[]>;
  create(actor: User, input: CreateProviderInput): Promise<AdminProvider>;
  update(actor: User, input: UpdateProviderInput): Promise<AdminProvider>;
  delete(actor: User, input: z.infer<typeof providerIdInput>): Promise<Ok>;
  rotateKey(actor: User, input: RotateProviderKeyInput): Promise<AdminProvider>;
  testKey(input: TestProviderKeyInput): Promise<ProviderKeyTest>;
}

export interface AdminModelsService {
  list(): Promise<AdminModel[]>;
  create(actor: User, input: CreateModelInput): Promise<AdminModel>;
  update(actor: User, input: UpdateModelInput): Promise<AdminModel>;
  delete(actor: User, input: z.infer<typeof modelIdInput>): Promise<Ok>;
  setActive(actor: User, input: SetModelActiveInput): Promise<AdminModel>;
}

export interface AdminUsersService {
  list(input: ListUsersInput): Promise<Page<AdminUser>>;
  create(actor: User, input: CreateUserInput): Promise<AdminUser>;
  setRole(actor: User, input: SetUserRoleInput): Promise<AdminUser>;
  disable(actor: User, input: UserIdInput): Promise<AdminUser>;
  enable(actor: User, input: UserIdInput): Promise<AdminUser>;
}

export interface AdminLimitsService {
  list(input: { userId: string }): Promise<UserLimits>;
  set(actor: User, input: SetLimitInput): Promise<UserModelLimit>;
  remove(actor: User, input: RemoveLimitInput): Promise<UserModelLimit>;
}

export interface AdminUsageService {
  logs(input: UsageLogsInput): Promise<Page<UsageLog>>;
  timeseries(input: UsageTimeseriesInput): Promise<UsageTimeseries>;
}

export interface AdminSettingsService {
  get(): Promise<AdminSettings>;
  set(actor: User, input: SetSettingsInput): Promise<AdminSettings>;
}

export interface AdminAuditService {
  list(input: ListAuditInput): Promise<Page<AuditEntry>>;
}

export interface AdminService {
  stats(): Promise<AdminStats>;
  readonly providers: AdminProvidersService;
  readonly models: AdminModelsService;
  readonly users: AdminUsersService;
  readonly limits: AdminLimitsService;
  readonly usage: AdminUsageService;
  readonly settings: AdminSettingsService;
  readonly audit: AdminAuditService;
}
