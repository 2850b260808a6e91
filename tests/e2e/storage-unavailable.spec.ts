import { expect, test } from './support/fixtures';
import { text } from './support/texts';

test.use({ locale: 'fr-FR' });

test('without IndexedDB the app explains, in the browser language, instead of showing a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(text('fr', 'errors.storage.unavailable'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
