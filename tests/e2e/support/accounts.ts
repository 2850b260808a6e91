/**
 * Staff passwords for e2e tests. The shared server printed its demo passwords once, to a terminal
 * nobody reads, so a test asks `npm run admin -- reset-password` on the server's data folder for a
 * fresh one, as a coordinator who lost theirs would. The running server sees it at its next request.
 */
import { execFileSync } from 'node:child_process';

export type DemoLogin = 'coordinator' | 'teacher';

export function resetPassword(login: DemoLogin, dataDir = process.env.E2E_DATA_DIR): string {
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set (playwright.config.ts sets it)');
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'reset-password', '--login', login, '--data-dir', dataDir], {
    encoding: 'utf8',
  });
  const match = /new password for \S+: (\S+)/.exec(out);
  if (!match?.[1]) throw new Error(`no password in: ${out}`);
  return match[1];
}
