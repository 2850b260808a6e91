/**
 * The `test` every spec uses: it fails a test when the page throws or the browser reports a
 * Content-Security-Policy violation, so the app is checked against the server's real headers.
 */
import { test as base, expect, type Page } from '@playwright/test';

export function watchPageHealth(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return problems;
}

export const test = base.extend<{ pageHealth: string[] }>({
  pageHealth: [
    async ({ page }, use) => {
      const problems = watchPageHealth(page);
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
