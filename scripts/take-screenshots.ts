/**
 * Makes the README's screenshots (docs/screenshots/{en,ar}.png) from the built app on a real
 * server with an empty data dir: `npm run build && node --import tsx scripts/take-screenshots.ts`.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../server/start-server';
import { createLogger } from '../server/log';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/browser';
import { text, type Lang } from '../tests/e2e/support/texts';

const LEARNERS: Record<Lang, Array<[string, string]>> = {
  en: [['Salma', 'camel'], ['Youssef', 'boat'], ['Amina', 'flower'], ['Karim', 'star']],
  ar: [['سلمى', 'camel'], ['يوسف', 'boat'], ['أمينة', 'flower'], ['كريم', 'star']],
  fr: [],
};
const LANGUAGE_NAMES: Record<Lang, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

const server = await startServer({
  host: '127.0.0.1', port: 0, dataDir: mkdtempSync(join(tmpdir(), 'sabil-shots-')), version: 'docs', log: createLogger({ level: 'error' }),
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const lang of ['en', 'ar'] as const) {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, baseURL: server.url });
    await page.goto('/');
    await page.getByRole('radio', { name: LANGUAGE_NAMES[lang] }).click();
    await page.getByRole('button', { name: text(lang, 'language.continue') }).click();
    for (const [name, avatar] of LEARNERS[lang]) {
      await page.getByRole('link', { name: text(lang, 'profiles.add') }).click();
      await page.getByLabel(text(lang, 'profiles.name')).fill(name);
      await page.getByRole('radio', { name: text(lang, `avatars.${avatar}`) }).click();
      await page.getByRole('button', { name: text(lang, 'profiles.save') }).click();
      await page.getByRole('button', { name: text(lang, 'profiles.pick', { name }) }).waitFor();
    }
    await page.screenshot({ path: `docs/screenshots/${lang}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
