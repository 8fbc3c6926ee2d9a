import { monthlyLimitSchema, type UserModelLimit } from '@enox/contracts';

export type LimitDraft =
  | { kind: 'unchanged' }
  | { kind: 'invalid'; message: string }
  | { kind: 'set'; monthlyLimit: number }
  | { kind: 'remove' };

/**
 * What an edited limit field asks for: a new override, going back to the
 * default (emptied), nothing, or an error in the contract's words.
 */
export function readLimitDraft(text: string, row: UserModelLimit): LimitDraft {
  const trimmed = text.trim();
  if (trimmed === '') return row.override === null ? { kind: 'unchanged' } : { kind: 'remove' };
  const parsed = monthlyLimitSchema.safeParse(Number(trimmed));
  if (!parsed.success)
    return { kind: 'invalid', message: parsed.error.issues[0]?.message ?? 'Not a limit.' };
  return parsed.data === row.override
    ? { kind: 'unchanged' }
    : { kind: 'set', monthlyLimit: parsed.data };
}

/** How full the month is, 0–1, for the usage bar; a zero limit is full. */
export function usageRatio(row: UserModelLimit): number {
  if (row.effectiveLimit <= 0) return 1;
  return Math.min(1, row.used / row.effectiveLimit);
}
