// The admin API's schemas, one file per area; this file gathers them for the package entry.
export * from './admin-audit.js';
export * from './admin-limits.js';
export * from './admin-models.js';
export * from './admin-providers.js';
export * from './admin-settings.js';
export * from './admin-usage.js';
export * from './admin-users.js';
export type * from './admin-service.js';
