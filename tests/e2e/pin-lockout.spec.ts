import { expect, test } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { text } from './support/texts';

test('a learner with a PIN is locked out after five wrong tries, and the right PIN opens the profile', async ({ page }) => {
  const app = new SabilApp(page);
  const amina = { name: 'Amina', avatar: 'flower', language: 'en' as const, pin: '2580' };
  await app.open();
  await app.chooseDeviceLanguage('en');
  await app.createLearner(amina);

  await app.pickLearner(amina);
  await expect(page.getByRole('heading', { name: text('en', 'pin.title', { name: 'Amina' }) })).toBeVisible();
  await app.typePin('2580');
  await app.expectHome(amina);
  await app.switchLearner('en');

  await app.pickLearner(amina);
  for (let attempt = 1; attempt <= 4; attempt++) {
    await app.typePin('1111');
    await expect(page.getByRole('alert')).toHaveText(text('en', attempt === 4 ? 'pin.wrong_one' : 'pin.wrong_other', { count: 5 - attempt }));
  }
  await app.typePin('1111');
  await expect(page.getByRole('alert')).toContainText('Too many tries. Wait 30 seconds');
  await expect(page.getByRole('button', { name: text('en', 'pin.digit', { digit: '2' }), exact: true })).toBeDisabled();

  // The lockout is stored with the profile: a reload does not lift it.
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Too many tries');
  await expect(page.getByRole('button', { name: text('en', 'pin.digit', { digit: '2' }), exact: true })).toBeDisabled();
});
