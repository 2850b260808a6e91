import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/browser';

// One shared real server over the built app (npm test builds it first), on its own empty data dir.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'sabil-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

/** Specs that call `resetPassword` (tests/e2e/support/accounts.ts) on the shared server's data folder. */
const SHARED_ACCOUNT_SPECS = /(^|\/)(coordinator|class-reports|school-reports|sync|enrol|teacher|assignments)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    serviceWorkers: 'allow',
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: SHARED_ACCOUNT_SPECS },
    // These sign in with the shared server's demo accounts, and a password reset ends the other
    // sessions of that account: one at a time, while the other specs run beside them.
    { name: 'shared-accounts', use: { browserName: 'chromium' }, testMatch: SHARED_ACCOUNT_SPECS, workers: 1 },
  ],
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `http://localhost:${E2E_PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // SABIL_DEMO_DATA=0: the shared server's Demo class starts empty, because class-reports.spec.ts
    // checks class-wide numbers (mastery per skill, wrong first tries) made by its learners alone.
    env: { PORT: String(E2E_PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SABIL_DEMO_DATA: '0' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
