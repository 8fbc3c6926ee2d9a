import { resolve } from 'node:path';
import { z } from 'zod';

// The only module that reads process.env. Everything else receives `Config`.

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const signupSchema = z
  .string()
  .trim()
  .toLowerCase()
  .default('open')
  .transform((value, ctx): SignupPolicy => {
    if (value === 'open' || value === 'closed') return { mode: value };
    const domains = value
      .split(',')
      .map((d) => d.trim().replace(/^@/, ''))
      .filter(Boolean);
    if (domains.length === 0 || domains.some((d) => !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(d))) {
      ctx.addIssue({
        code: 'custom',
        message: 'use "open", "closed" or a comma-separated list of email domains',
      });
      return z.NEVER;
    }
    return { mode: 'domains', domains };
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().trim().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENOX_TRUST_PROXY: z.stringbool().default(false),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_POOL_SIZE: positiveInt.max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
  ENOX_DATA_DIR: z.string().trim().min(1).default('.enox-data'),
  ENOX_SECRET: optionalString,
  ENOX_SECRET_PREVIOUS: z.string().default(''),
  ENOX_ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
  ENOX_SIGNUP: signupSchema,
  ENOX_DEFAULT_MONTHLY_LIMIT: z.coerce.number().int().min(0).default(25),
  ENOX_CORS_ORIGINS: z.string().default(''),
  ENOX_BODY_LIMIT_MB: positiveInt.max(200).default(30),
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  ENOX_DEFAULT_MAX_TOKENS: positiveInt.default(4_096),
  ENOX_PLATFORM_MAX_TOKENS: positiveInt.default(8_192),
  ENOX_OWN_KEY_MAX_TOKENS: positiveInt.default(32_768),
  ENOX_CHECKPOINT_INTERVAL_MS: positiveInt.max(60_000).default(1_000),
  OPENAI_API_KEY: optionalString,
  GEMINI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  GROQ_API_KEY: optionalString,
  MISTRAL_API_KEY: optionalString,
  OPENROUTER_API_KEY: optionalString,
  DEEPSEEK_API_KEY: optionalString,
  XAI_API_KEY: optionalString,
  OLLAMA_BASE_URL: optionalString.pipe(z.url().optional()),
});

export type SignupPolicy =
  | { readonly mode: 'open' | 'closed' }
  | { readonly mode: 'domains'; readonly domains: readonly string[] };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly logLevel: string;
  readonly trustProxy: boolean;
  readonly database: {
    readonly url: string | undefined;
    readonly dataDir: string;
    readonly poolSize: number;
    readonly connectionTimeoutMs: number;
  };
  readonly dataDir: string;
  readonly secret: string | undefined;
  /** Master secrets used before a rotation: keys sealed with them still open and are resealed. */
  readonly previousSecrets: readonly string[];
  readonly auth: { readonly adminEmail: string | undefined; readonly signup: SignupPolicy };
  readonly defaultMonthlyLimit: number;
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  readonly redisUrl: string | undefined;
  readonly checkpointIntervalMs: number;
  /** max_tokens = min(request ?? agent ?? model ?? default, cap); the platform's cap is lower. */
  readonly tokenBudget: {
    readonly default: number;
    readonly platformCap: number;
    readonly ownKeyCap: number;
  };
  /** Provider keys from the environment, registered on the first start. */
  readonly providerKeys: Readonly<Record<ProviderKeyName, string | undefined>> & {
    readonly ollamaBaseUrl: string | undefined;
  };
}

export type ProviderKeyName =
  'openai' | 'gemini' | 'anthropic' | 'groq' | 'mistral' | 'openrouter' | 'deepseek' | 'xai';

/** `https://a.example/` and `https://a.example` are the same origin. */
export function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const dataDir = resolve(env.ENOX_DATA_DIR);
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.ENOX_TRUST_PROXY,
    database: {
      url: env.DATABASE_URL,
      dataDir: resolve(dataDir, 'pglite'),
      poolSize: env.DATABASE_POOL_SIZE,
      connectionTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    },
    dataDir,
    secret: env.ENOX_SECRET,
    previousSecrets: env.ENOX_SECRET_PREVIOUS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    auth: { adminEmail: env.ENOX_ADMIN_EMAIL?.toLowerCase(), signup: env.ENOX_SIGNUP },
    defaultMonthlyLimit: env.ENOX_DEFAULT_MONTHLY_LIMIT,
    corsOrigins: env.ENOX_CORS_ORIGINS.split(',').map(normaliseOrigin).filter(Boolean),
    bodyLimitBytes: env.ENOX_BODY_LIMIT_MB * 1024 * 1024,
    redisUrl: env.REDIS_URL,
    checkpointIntervalMs: env.ENOX_CHECKPOINT_INTERVAL_MS,
    tokenBudget: {
      default: env.ENOX_DEFAULT_MAX_TOKENS,
      platformCap: env.ENOX_PLATFORM_MAX_TOKENS,
      ownKeyCap: env.ENOX_OWN_KEY_MAX_TOKENS,
    },
    providerKeys: {
      openai: env.OPENAI_API_KEY,
      gemini: env.GEMINI_API_KEY,
      anthropic: env.ANTHROPIC_API_KEY,
      groq: env.GROQ_API_KEY,
      mistral: env.MISTRAL_API_KEY,
      openrouter: env.OPENROUTER_API_KEY,
      deepseek: env.DEEPSEEK_API_KEY,
      xai: env.XAI_API_KEY,
      ollamaBaseUrl: env.OLLAMA_BASE_URL,
    },
  };
}
