import { z } from 'zod';

export const auditTargetSchema = z.enum(['provider', 'model', 'user', 'limit', 'settings']);
export type AuditTarget = z.infer<typeof auditTargetSchema>;

export const listAuditInput = z.object({
  targetType: auditTargetSchema.optional(),
  actorId: z.uuid('Unknown user.').optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListAuditInput = z.infer<typeof listAuditInput>;

/** One administrative change. Snapshots never hold secrets: keys appear masked. */
export const auditEntrySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** Null once the acting account has been deleted. */
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  /** `provider.create`, `user.disable`, `limit.set`… */
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
