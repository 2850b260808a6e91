/**
 * Enrolling a device: typed, from the QR code's link, refused when used, revoked by the
 * coordinator; and a real camera scan, Chromium reading a QR code from a fake camera's video.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Request } from '@playwright/test';
import { formatCode } from '../../src/core/enrolment/index';
import { qrLuma } from '../../src/features/enrol/qr-test-image';
import { expect, test, watchPageHealth } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { CHROMIUM_ARGS, findChromium } from './support/browser';
import { CoordinatorApi, EnrolPage } from './pages/enrol';
import { SabilApp } from './pages/sabil-app';
import { text } from './support/texts';


const enrolRequests = (requests: Request[]) => requests.filter((r) => r.url().endsWith('/api/v1/enrol'));

test('a device enrols with a typed code, shows its school, and learns at "check now" that it was revoked', async ({ page, request }) => {
  const coordinator = await CoordinatorApi.signIn(request);
  const code = await coordinator.newCode();
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const app = new SabilApp(page);
  const enrol = new EnrolPage(page, 'en');

  await app.open();
  await app.chooseDeviceLanguage('en');
  await enrol.openFromDeviceScreen();

  await enrol.enrol('abc-12');
  await enrol.expectError('errors.enrol.malformed');
  expect(enrolRequests(requests)).toHaveLength(0); // a typo costs no request and no rate-limit strike

  const before = await coordinator.deviceIds();
  await enrol.enrol(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
  await enrol.expectEnrolled(coordinator.schoolName, coordinator.className);
  const [deviceId] = (await coordinator.deviceIds()).filter((id) => !before.includes(id));
  expect(deviceId).toBeDefined();

  await enrol.expectDeviceFact('enrol.deviceEnrolled');

  await coordinator.revoke(deviceId ?? '');
  await enrol.checkNowUnlessRevoked();
  await expect(page.getByRole('heading', { name: text('en', 'enrol.revokedTitle') })).toBeVisible();
  await expect(enrol.codeField).toBeVisible();
  await page.getByRole('link', { name: text('en', 'nav.device') }).click();
  await expect(enrol.revokedBanner).toBeVisible();
  await expect(page.getByTestId('enrolment-state')).toContainText(text('en', 'enrol.deviceRevoked'));
  await enrol.revokedBanner.getByRole('link', { name: text('en', 'enrol.revokedAction') }).click();
  await expect(enrol.codeField).toBeVisible();
  await expect(enrol.revokedBanner).toBeHidden();
});

test('in Arabic, the QR code\'s link fills the code, leaves no trace in the address, and a used code is refused', async ({ page, request }) => {
  const coordinator = await CoordinatorApi.signIn(request);
  const code = await coordinator.newCode();
  const app = new SabilApp(page);
  const enrol = new EnrolPage(page, 'ar');

  await app.open(`/enrol#code=${code}`);
  await enrol.chooseLanguageHere('ar');
  await app.expectDirection('rtl', 'ar');
  await expect(enrol.codeField).toHaveValue(formatCode(code));
  await expect(enrol.codeField).toHaveAttribute('dir', 'ltr');
  expect(new URL(page.url()).hash).toBe('');
  expect(await page.evaluate(() => location.href)).not.toContain(code);
  await expectNoSeriousViolations(page, 'enrolment form');

  await enrol.enrol();
  await enrol.expectEnrolled(coordinator.schoolName, coordinator.className);
  await expectNoSeriousViolations(page, 'enrolled device');

  await enrol.openEnrolAgain();
  await enrol.enrol(code);
  await enrol.expectError('errors.enrol.used');
});

/** A YUV4MPEG2 video (4:2:0) showing the QR code in grey: Chromium's fake camera plays it in a loop. */
function writeQrVideo(qrText: string): string {
  const width = 640;
  const height = 480;
  const qr = qrLuma(qrText, { scale: 6, quietZone: 4, noise: 12, seed: 3 });
  const luma = new Uint8Array(width * height).fill(170);
  const top = Math.floor((height - qr.height) / 2);
  const left = Math.floor((width - qr.width) / 2);
  for (let y = 0; y < qr.height; y++) luma.set(qr.luma.subarray(y * qr.width, (y + 1) * qr.width), (top + y) * width + left);
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(tmpdir(), `sabil-qr-${process.pid}-${Date.now()}.y4m`);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]));
  return file;
}

test('a real camera scan: Chromium reads the QR code from the camera and enrols', async ({ request, baseURL }) => {
  const coordinator = await CoordinatorApi.signIn(request);
  const code = await coordinator.newCode();
  const video = writeQrVideo(`${baseURL ?? ''}/enrol#code=${code}`);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const context = await browser.newContext({ baseURL, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchPageHealth(page);
    const app = new SabilApp(page);
    const enrol = new EnrolPage(page, 'en');
    await app.open('/enrol');
    await enrol.chooseLanguageHere('en');
    await enrol.scan();
    // Camera start, the jsQR chunk (Linux Chromium has no BarcodeDetector), decoding, then enrolling.
    await enrol.expectEnrolled(coordinator.schoolName, coordinator.className, 40_000);
    await expect(enrol.codeField).toBeHidden();
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
    rmSync(video, { force: true });
  }
});
