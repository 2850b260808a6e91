// Lint, including the import boundaries from docs/architecture.md:
// core imports nothing outside core; sw/ and server/ import core, never features, data, ui or sync.
import tseslint from 'typescript-eslint';

const outsideCore = ['**/data/**', '**/sync/**', '**/features/**', '**/ui/**', '**/i18n/**', '**/server/**', '**/sw/**', '**/scripts/**'];
const notForSwOrServer = ['**/src/data/**', '**/src/sync/**', '**/src/features/**', '**/src/ui/**', '**/src/i18n/**', '../src/data/**', '../src/features/**'];

function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**', '.tmp/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...restrict(outsideCore, 'src/core is pure: it imports nothing outside src/core.'),
      'no-restricted-globals': ['error', 'document', 'window', 'fetch', 'indexedDB', 'localStorage', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core takes time as an argument.' },
        { object: 'Math', property: 'random', message: 'core takes randomness as an argument.' },
      ],
    },
  },
  { files: ['sw/**/*.ts'], rules: restrict(notForSwOrServer, 'sw/ may import src/core only.') },
  { files: ['server/**/*.ts'], rules: restrict(notForSwOrServer, 'server/ may import src/core only, never features.') },
);
