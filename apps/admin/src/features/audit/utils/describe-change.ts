import type { AuditEntry } from '@enox/contracts';

const ACTIONS: Record<string, string> = {
  'provider.create': 'Added a provider',
  'provider.update': 'Edited a provider',
  'provider.rotate-key': 'Rotated a provider key',
  'provider.delete': 'Deleted a provider',
  'model.create': 'Added a model',
  'model.update': 'Edited a model',
  'model.activate': 'Activated a model',
  'model.deactivate': 'Deactivated a model',
  'model.delete': 'Deleted a model',
  'user.create': 'Created an account',
  'user.role': 'Changed a role',
  'user.disable': 'Disabled an account',
  'user.enable': 'Enabled an account',
  'limit.set': 'Set a per-user limit',
  'limit.remove': 'Removed a per-user limit',
  'settings.signup': 'Changed the sign-up policy',
};

/** The action in words; unknown (newer) actions are shown as they are. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/**
 * What the change was about, read from its snapshots: a name, an email, a
 * model. Null for server settings, which the action already names.
 */
export function describeTarget(entry: AuditEntry): string | null {
  if (entry.targetType === 'settings') return null;
  const snapshot = { ...entry.before, ...entry.after };
  for (const key of ['name', 'email', 'user']) {
    const value = snapshot[key];
    if (typeof value === 'string' && value) {
      const model = snapshot.model;
      return key === 'user' && typeof model === 'string' ? `${value} · ${model}` : value;
    }
  }
  return entry.targetId ?? entry.targetType;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function show(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Fields whose value differs between the snapshots: all of them for a creation or a deletion. */
export function changedFields(entry: AuditEntry): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
}
