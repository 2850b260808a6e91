/**
 * Finds a Chromium for the browser tests, or installs Debian's `chromium` with apt when none is
 * there and we are root. Prints one line saying which browser will be used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM, findChromium } from '../tests/e2e/support/browser';

function hasPlaywrightChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function installDebianChromium(): void {
  if (process.getuid?.() !== 0) {
    console.error('No Chromium found. Install one: sudo apt-get install -y chromium');
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian\'s chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

if (hasPlaywrightChromium()) {
  console.log(`Browser: Playwright's Chromium (${chromium.executablePath()})`);
} else {
  if (!SYSTEM_CHROMIUM.some((path) => existsSync(path))) installDebianChromium();
  const found = findChromium();
  if (!found) {
    console.error('Chromium is still missing after installing it.');
    process.exit(1);
  }
  console.log(`Browser: ${found}`);
}
