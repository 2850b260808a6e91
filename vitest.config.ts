import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and integration tests: beside the code in src/, server/, scripts/, sw/, and in tests/integration.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['{src,server,scripts,sw}/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000, // spawned CLI and server processes are slow on a loaded 2-core machine
  },
});
