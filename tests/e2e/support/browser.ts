/**
 * Which Chromium the browser tests drive: Playwright's own build when it is installed, otherwise
 * Debian's /usr/bin/chromium (this project's machines cannot download Playwright's browsers).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own: no override needed
  } catch {
    // executablePath() throws when the browser registry has no entry; fall through to the system one
  }
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Flags that keep Chromium from reaching for the closed network or prompting on start. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
