import { z } from 'zod';

export const keySourceSchema = z.enum(['platform', 'own']);
export type KeySource = z.infer<typeof keySourceSchema>;

/** A UTC calendar day, `YYYY-MM-DD`. */
export const daySchema = z.iso.date('Use a date such as 2026-01-31.');

export const MAX_RANGE_DAYS = 366;

const dayMs = 86_400_000;

function rangeIsValid(input: { from?: string | undefined; to?: string | undefined }): boolean {
  if (!input.from || !input.to) return true;
  const span = (Date.parse(input.to) - Date.parse(input.from)) / dayMs;
  return span >= 0 && span < MAX_RANGE_DAYS;
}

const rangeIssue = {
  message: `The start must be on or before the end, at most ${MAX_RANGE_DAYS} days apart.`,
  path: ['from'],
};

/** Filters shared by the logs, their CSV export and the time series. Days are inclusive. */
const usageFilterFields = {
  from: daySchema.optional(),
  to: daySchema.optional(),
  userId: z.uuid('Unknown user.').optional(),
  modelId: z.uuid('Unknown model.').optional(),
  keySource: keySourceSchema.optional(),
};

export const usageFilterInput = z.object(usageFilterFields).refine(rangeIsValid, rangeIssue);
export type UsageFilter = z.infer<typeof usageFilterInput>;

export const usageLogsInput = z
  .object({
    ...usageFilterFields,
    cursor: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine(rangeIsValid, rangeIssue);
export type UsageLogsInput = z.infer<typeof usageLogsInput>;

/** One provider request. */
export const usageLogSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  model: z.object({ id: z.string(), name: z.string() }),
  agentId: z.string().nullable(),
  /** What made the request: chat, regenerate, a tool, direct generation, the API… */
  source: z.string(),
  keySource: keySourceSchema,
  status: z.string(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
});
export type UsageLog = z.infer<typeof usageLogSchema>;

/** Defaults to the last 30 days, today included. */
export const usageTimeseriesInput = z
  .object({
    from: daySchema.optional(),
    to: daySchema.optional(),
    modelId: z.uuid('Unknown model.').optional(),
  })
  .refine(rangeIsValid, rangeIssue);
export type UsageTimeseriesInput = z.infer<typeof usageTimeseriesInput>;

/** Requests and tokens of one model on one day; days without any are left out. */
export const usagePointSchema = z.object({
  day: z.string(),
  modelId: z.string(),
  platform: z.number().int(),
  own: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
});
export type UsagePoint = z.infer<typeof usagePointSchema>;

export const usageTimeseriesSchema = z.object({
  from: z.string(),
  to: z.string(),
  models: z.array(z.object({ id: z.string(), name: z.string() })),
  points: z.array(usagePointSchema),
});
export type UsageTimeseries = z.infer<typeof usageTimeseriesSchema>;

export const adminStatsSchema = z.object({
  /** The UTC month the request and token figures are for, `YYYY-MM-01`. */
  month: z.string(),
  users: z.number().int(),
  activeModels: z.number().int(),
  agents: z.number().int(),
  requests: z.object({ platform: z.number().int(), own: z.number().int() }),
  tokens: z.object({ input: z.number().int(), output: z.number().int() }),
});
export type AdminStats = z.infer<typeof adminStatsSchema>;
