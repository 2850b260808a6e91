/**
 * The coordinator's visit, on the real server: sign in, open the demo school, add a class and a
 * teacher, make an enrolment code (its QR code decodes to the enrolment link), import a class list
 * with two bad rows, disable the teacher and enable them again, and find all of it in the audit log.
 * In English and Arabic.
 */
import jsQR from 'jsqr';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { resetPassword } from './support/accounts';
import { text, type Lang } from './support/texts';
import { SabilApp } from './pages/sabil-app';
import { CoordinatorScreens } from './pages/coordinator';

/** Draws the QR code's SVG on a canvas in the page and decodes the pixels here with jsQR. */
async function decodeQr(page: Page, qr: Locator): Promise<string | undefined> {
  const markup = await qr.evaluate((svg) => svg.outerHTML);
  const pixels = await page.evaluate(async (svgText) => {
    const size = 400;
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const image = new Image(size, size);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!; // a 2D context always exists for a fresh canvas
    context.drawImage(image, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return { size, data: [...context.getImageData(0, 0, size, size).data] };
  }, markup);
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size)?.data;
}


const CLASS_LIST = ['nom;classe', 'Salma;3A', '"Ben Ali; Nour";3A', ';3A', 'Youssef;3A', 'SALMA ;3A'].join('\r\n');

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a coordinator sets up a class, a teacher, a device code and a roster, and sees it in the audit log (${lang})`, async ({ page, baseURL }) => {
    const suffix = `${lang}${Date.now().toString(36)}`;
    const className = `Class ${suffix}`;
    const teacher = { displayName: `Amina ${suffix}`, login: `amina-${suffix}`, classes: [className] };
    const screens = new CoordinatorScreens(page, lang);
    const app = new SabilApp(page);
    await app.open();
    await app.chooseDeviceLanguage(lang);

    await screens.signIn('coordinator', resetPassword('coordinator'));
    await screens.openSchool('Demo school');
    await screens.addClass(className);

    const password = await screens.addTeacher(teacher);
    expect(password).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const { code, qr } = await screens.createEnrolmentCode(className);
    expect(await decodeQr(page, qr)).toBe(`${baseURL}/enrol#code=${code.replace('-', '')}`);

    await screens.chooseRosterFile(className, { name: 'classe.csv', content: CLASS_LIST });
    const rows = await screens.reportRows();
    expect(rows.map(([, name, problem]) => [name, problem])).toEqual([
      ['', text(lang, 'errors.roster.name-empty')],
      ['SALMA', text(lang, 'errors.roster.duplicate-in-file')],
    ]);
    if (lang === 'en') expect(rows.map(([row]) => row)).toEqual(['4', '6']);
    await screens.importValidRows(3, 2);
    await screens.expectRoster(['Ben Ali; Nour', 'Salma', 'Youssef']);

    if (lang === 'en') await expectNoSeriousViolations(page);

    await screens.disableTeacher(teacher.displayName);
    await screens.enableTeacher(teacher.displayName);

    await screens.openAudit();
    const audit = await screens.auditRows();
    const three = await page.evaluate((language) => new Intl.NumberFormat(language).format(3), lang);
    const action = (key: string) => text(lang, `coordinator.audit.actions.${key}`);
    expect(audit.slice(0, 6).map((cells) => [cells[2], cells[4]])).toEqual([
      [action('user.enable'), teacher.displayName],
      [action('user.disable'), teacher.displayName],
      [action('roster.import'), `${className} (${three})`],
      [action('enrolment-code.create'), text(lang, 'coordinator.audit.code')],
      [action('teacher.create'), teacher.displayName],
      [action('class.create'), className],
    ]);
    expect(audit[0]?.[1]).toBe(text(lang, 'coordinator.audit.you'));
    expect(audit[0]?.[3]).toBe('Demo school');
  });
}

test('without a session the coordinator screens send you to sign in', async ({ page }) => {
  const app = new SabilApp(page);
  await app.open();
  await app.chooseDeviceLanguage('en');
  await page.goto('/coordinator/audit');
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'staff.signInTitle') })).toBeVisible();
});

test('offline, the coordinator screens say they need a connection', async ({ page, context }) => {
  const screens = new CoordinatorScreens(page, 'en');
  const app = new SabilApp(page);
  await app.open();
  await app.chooseDeviceLanguage('en');
  await screens.signIn('coordinator', resetPassword('coordinator'));
  await context.setOffline(true);
  await expect(page.getByText(text('en', 'coordinator.needsConnection'))).toBeVisible();
  await page.getByLabel(text('en', 'coordinator.home.schoolName')).fill('Offline school');
  await page.getByRole('button', { name: text('en', 'coordinator.home.addSchool') }).click();
  await expect(page.getByRole('alert').filter({ hasText: text('en', 'errors.network.unreachable') })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText(text('en', 'coordinator.needsConnection'))).toBeHidden();
});

test('a session ended on the server sends the coordinator back to sign in', async ({ page }) => {
  const screens = new CoordinatorScreens(page, 'en');
  const app = new SabilApp(page);
  await app.open();
  await app.chooseDeviceLanguage('en');
  await screens.signIn('coordinator', resetPassword('coordinator'));
  resetPassword('coordinator'); // ends every session of the account, as a password reset does
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: text('en', 'staff.signInTitle') })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('sabil.staff-session'))).toBeNull();
});
