import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and integration tests: beside the code in src/, server/, scripts/, sw/, and in tests/integration.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['{src,server,scripts,sw}/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
