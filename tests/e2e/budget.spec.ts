import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { text } from './support/texts';

const BUDGET_BYTES = 100 * 1024;

// A size, not a timing: the JavaScript the browser actually fetched to show the first screen,
// measured from the built files, gzipped.
test('the first screen needs at most 100 KB of gzipped JavaScript', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') && url.pathname !== '/sw.js') scripts.add(url.pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: text('en', 'language.title') })).toBeVisible();

  const sizes = [...scripts].map((path) => ({ path, gzip: gzipSync(readFileSync(`dist${path}`), { level: 9 }).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`first-screen JS: ${(total / 1024).toFixed(1)} KB gzipped`, sizes);
  expect(sizes.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
