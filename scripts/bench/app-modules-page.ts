/**
 * A Chromium page on Vite's dev server that can import the app's own modules one by one (the build
 * bundles them), for the device figures of the bench and their profiler. The page is the dev
 * server's `/@vite/client`, not the app, so the app does not start beside what is measured.
 */
import { chromium, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/browser';
import type * as DbNamespace from '../../src/data/db';
import type * as DeviceNamespace from '../../src/data/device-repo';
import type * as EventsNamespace from '../../src/data/events-repo';
import type * as PacksNamespace from '../../src/data/packs-repo';
import type * as PackCoreNamespace from '../../src/core/pack/index';

// Types only: the page imports the modules by URL from the dev server.
export type DbModule = typeof DbNamespace;
export type DeviceModule = typeof DeviceNamespace;
export type EventsModule = typeof EventsNamespace;
export type PacksModule = typeof PacksNamespace;
export type PackCoreModule = typeof PackCoreNamespace;

/** The modules' URLs on the dev server. */
export const MODULE_PATHS = { db: '/src/data/db.ts', device: '/src/data/device-repo.ts', events: '/src/data/events-repo.ts', packs: '/src/data/packs-repo.ts', pack: '/src/core/pack/index.ts' };

/** Runs `use` with the page, then closes the browser and the dev server whatever happens. */
export async function withAppModulesPage<T>(root: string, use: (page: Page) => Promise<T>): Promise<T> {
  const vite = await createServer({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, fs: { strict: false } } });
  await vite.listen();
  const { port } = vite.httpServer?.address() as AddressInfo; // listening on TCP
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // tsx compiles the bench with keepNames, so the functions handed to page.evaluate call esbuild's
    // __name helper, which the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(`http://127.0.0.1:${port}/@vite/client`);
    // The first import makes Vite pre-bundle dependencies; warm up so no timed run pays for it.
    await page.evaluate(async (p) => {
      for (const path of Object.values(p)) await import(/* @vite-ignore */ path);
    }, MODULE_PATHS);
    return await use(page);
  } finally {
    await browser.close();
    await vite.close();
  }
}
