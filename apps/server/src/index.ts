export { buildApp, type BuildAppOptions } from './app.js';
export { loadConfig, ConfigError, type Config, type SignupPolicy } from './env.js';
export { createDatabase, type DatabaseHandle } from './db/create-database.js';
export { migrateToLatest } from './db/migrate.js';
