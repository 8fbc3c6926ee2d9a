import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-23-0001-initial.js';
import * as adminListIndexes from './2026-11-24-0001-admin-list-indexes.js';
import * as keepUsageHistory from './2026-11-25-0001-keep-usage-history.js';

/** Every migration, in order. A static list keeps bundlers and `tsc` honest. */
export const migrations: Record<string, Migration> = {
  '2026-11-23-0001-initial': initial,
  '2026-11-24-0001-admin-list-indexes': adminListIndexes,
  '2026-11-25-0001-keep-usage-history': keepUsageHistory,
};
