/**
 * The server's admin tool, run on the server's machine against its data folder (DATA_DIR, else
 * ./data, or --data-dir): `npm run admin -- <create-coordinator|reset-password|revoke-device> …`
 * (docs/accounts.md). Exit codes: 0 done, 1 refused (login taken, unknown login or device),
 * 2 bad usage or an unusable data folder.
 */
import { resolve } from 'node:path';
import { isSabilError } from '../src/core/errors/index';
import { readCatalogueConfig } from '../server/config';
import { openStorage } from '../server/storage/open-storage';
import { describeStartupError } from '../server/startup-messages';
import { ADMIN_COMMANDS, AdminFailure } from './admin/commands';

const USAGE = `usage: npm run admin -- <command> [--data-dir DIR]
  create-coordinator --login <login> --name "<name>" [--school <schoolId> …]   prints a generated password
  reset-password --login <login>                                              prints a new password, ends their sessions
  revoke-device --id <deviceId>                                               the device is refused from its next request`;

/** `--data-dir DIR` may come anywhere; the rest goes to the command. */
function takeDataDir(args: string[]): { dataDir: string | undefined; rest: string[] } {
  const at = args.indexOf('--data-dir');
  if (at === -1) return { dataDir: undefined, rest: args };
  return { dataDir: args[at + 1], rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : ADMIN_COMMANDS[name];
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  const { dataDir, rest } = takeDataDir(args);
  try {
    const config = readCatalogueConfig();
    const storage = openStorage({ ...config, ...(dataDir ? { dataDir: resolve(dataDir) } : {}) });
    try {
      await storage.migrate();
      const lines = await command(rest, { storage, now: () => new Date() });
      process.stdout.write(lines.join('\n') + '\n');
      return 0;
    } finally {
      await storage.close();
    }
  } catch (error) {
    if (error instanceof AdminFailure) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = isSabilError(error) ? describeStartupError(error) : undefined;
    const isUsage = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (message || isUsage) {
      process.stderr.write(`${message ?? (error as Error).message}\n`); // isUsage means it is an Error
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
