import type { TestProject } from 'vitest/node';
import { prepareDatabaseTemplate } from './database-template.js';

/** Vitest global setup: one migrated database template for the whole run. */
export default async function setup(project: TestProject) {
  const { template, teardown } = await prepareDatabaseTemplate(
    process.env.TEST_DATABASE_URL || undefined,
  );
  project.provide('enoxDatabaseTemplate', template);
  return teardown;
}
