export { createEnoxClient, type EnoxClient, type EnoxClientOptions } from './create-enox-client.js';
export type { AppRouter } from '@enox/contracts';
