/**
 * Vitest globalSetup of the `postgres` project (vitest.config.ts): one PostgreSQL per test run,
 * started before the first test file and stopped after the last. Vitest runs it only when a
 * file of that project is selected, so `vitest run server/packs` starts nothing.
 */
import type { TestProject } from 'vitest/node';
import { startTestCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database the test files fill with one schema per test storage (server/testing/test-storage.ts). */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startTestCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
