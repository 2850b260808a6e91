import { configDefaults, defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// The storage tests, and the route tests that go through storage, run on both backends:
// once in `unit` (SQLite) and once in `postgres`, whose globalSetup starts one PostgreSQL per run.
const ON_BOTH_BACKENDS = [
  'server/storage/storage-contract*.test.ts',
  'server/auth/rate-limit.test.ts',
  'server/api/route-table.test.ts',
  'server/accounts/accounts-flow.test.ts',
  'server/accounts/coordinator-routes.test.ts',
  'server/sync/push-route.test.ts',
  'server/sync/pull-route.test.ts',
  'server/sync/push-assignments.test.ts',
  'server/reports/*.test.ts',
  'server/demo/*.test.ts',
];

// Unit and integration tests: beside the code in src/, server/, scripts/, sw/, and in tests/integration.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000, // spawned CLI and server processes are slow on a loaded 2-core machine
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{src,server,scripts,sw}/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'server/storage/postgres/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['server/storage/postgres/**/*.test.ts', ...ON_BOTH_BACKENDS],
          env: { SABIL_TEST_STORAGE: 'postgres' },
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          hookTimeout: 180_000, // the first run on CI may install PostgreSQL
        },
      },
    ],
  },
});
