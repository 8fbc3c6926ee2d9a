// Test support for this package and the browser tests; never part of the build.
export { createTestDatabase } from './test-database.js';
export { createTestApp, type TestApp } from './test-app.js';
export { CookieJar, createInjectClient, type InjectClient } from './inject-client.js';
export { createHttpClient } from './http-client.js';
export { prepareDatabaseTemplate, type DatabaseTemplate } from './database-template.js';
