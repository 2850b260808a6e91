/**
 * First-screen JavaScript, gzipped: the budget spec's method (tests/e2e/budget.spec.ts) — every
 * .js file Chromium fetched to show the first screen of the built app (served by the real server
 * from dist/), each gzipped at level 9 from dist/, summed. A size, not a timing. Also, apart, what
 * loads once the page is idle (the sync engine starts then): not part of what a child waits for.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/browser';

export interface FirstScreen {
  files: { path: string; gzipBytes: number }[];
  totalKiB: number;
  /** Fetched after the first screen showed, until the network was idle. */
  afterIdle: { path: string; gzipBytes: number }[];
  afterIdleKiB: number;
}

export async function measureFirstScreen(port: number, distDir: string): Promise<FirstScreen> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js') && url.pathname !== '/sw.js') scripts.add(url.pathname);
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    // The first screen is up when the language chooser's heading is (what the budget spec waits for).
    await page.getByRole('heading').first().waitFor();
    const shown = new Set(scripts);
    await page.waitForLoadState('networkidle');
    const sized = (paths: string[]) => paths.map((path) => ({ path, gzipBytes: gzipSync(readFileSync(join(distDir, path)), { level: 9 }).byteLength }));
    const kib = (list: { gzipBytes: number }[]) => list.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
    const files = sized([...shown]);
    const afterIdle = sized([...scripts].filter((path) => !shown.has(path)));
    return { files, totalKiB: kib(files), afterIdle, afterIdleKiB: kib(afterIdle) };
  } finally {
    await browser.close();
  }
}
