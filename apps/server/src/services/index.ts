import type { Services } from '@enox/contracts';
import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Auth } from '../auth/lucia.js';
import { createChatHistoryService } from '../chat/chat-history.service.js';
import { createChatRunService } from '../chat/chat-run.service.js';
import type { ChatRuntime } from '../plugins/chat.plugin.js';
import { LoginThrottle, type ThrottlePolicy } from '../auth/login-throttle.js';
import type { Database } from '../db/schema.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Config } from '../env.js';
import { createAdminService, readSignupPolicy } from '../admin/index.js';
import { createAuthService } from './auth.service.js';
import { createModelService } from './model.service.js';
import { createUserService } from './user.service.js';
import { ModelAccess } from '../access/model-access.js';
import { createAgentService } from '../agents/agent.service.js';
import { createGenerateService } from '../generate/generate.service.js';
import { createKeyService } from '../keys/key.service.js';
import { QuotaGate } from '../quota/quota-gate.js';
import { createUsageService } from '../quota/usage.service.js';
import { createTokenService } from '../tokens/token.service.js';

export interface ServiceDeps {
  readonly db: Kysely<Database>;
  readonly lucia: Auth;
  /** Seals provider and user API keys at rest. */
  readonly secretBox: SecretBox;
  readonly runtime: ChatRuntime;
  readonly logger: FastifyBaseLogger;
  readonly config: Config;
  readonly throttlePolicy?: ThrottlePolicy;
}

/** The one way to reach a provider: keys and quota, shared by the API and the OpenAI-compatible routes. */
export function createModelAccess(
  deps: Pick<ServiceDeps, 'db' | 'config' | 'runtime' | 'secretBox'>,
): ModelAccess {
  const { db, config, runtime, secretBox } = deps;
  const quota = new QuotaGate(db, config.defaultMonthlyLimit);
  return new ModelAccess(db, secretBox, runtime.providers, quota, config.tokenBudget);
}

/** The composition of every domain service the API delegates to. */
export function createServices(deps: ServiceDeps): Services {
  const { db, lucia, config, runtime, secretBox } = deps;
  const access = createModelAccess(deps);
  return {
    auth: createAuthService({
      db,
      lucia,
      throttle: new LoginThrottle(db, deps.throttlePolicy),
      adminEmail: config.auth.adminEmail,
      signupPolicy: async () => (await readSignupPolicy(db, config.auth.signup)).policy,
    }),
    admin: createAdminService({
      db,
      secretBox,
      providerAccess: runtime.providers,
      signupDefault: config.auth.signup,
      defaultMonthlyLimit: config.defaultMonthlyLimit,
    }),
    chat: {
      ...createChatHistoryService({ db, media: runtime.media, stopRun: runtime.stopRun }),
      ...createChatRunService({
        db,
        log: runtime.log,
        runs: runtime.runs,
        stopRun: runtime.stopRun,
        media: runtime.media,
        access,
        logger: deps.logger,
        checkpointIntervalMs: config.checkpointIntervalMs,
      }),
    },
    models: createModelService({ db }),
    users: createUserService({ db }),
    keys: createKeyService({ db, secretBox }),
    usage: createUsageService({ db, defaultLimit: config.defaultMonthlyLimit }),
    agents: createAgentService({ db }),
    generate: createGenerateService({ db, access, media: runtime.media }),
    tokens: createTokenService({ db }),
  };
}
