/**
 * `publish <file.zip> [--data-dir DIR]`: puts a pack into the catalogue of the server whose
 * data folder is DIR (default DATA_DIR, else ./data), exactly as the server would accept it:
 * checked against the server's trusted keys (demo key unless SABIL_DEMO=0, and the files in
 * SABIL_TRUSTED_KEYS), never replacing a published version. Until accounts arrive (issue 5),
 * publishing is this command, run on the server's machine; a running server sees the pack at once.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSabilError } from '../../src/core/errors/index';
import { readCatalogueConfig } from '../../server/config';
import { packsDirOf } from '../../server/packs/pack-files';
import { publishPack } from '../../server/packs/publish-pack';
import { loadServerTrust } from '../../server/packs/trusted-keys';
import { openStorage } from '../../server/storage/open-storage';
import { describeStartupError } from '../../server/startup-messages';
import { CliFailure, EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from './cli-failure';
import { readBytes } from './files';
import { formatBytes } from './format';
import { describeError } from './messages';

const USAGE = 'usage: pack publish <file.zip> [--data-dir <folder>]';

export async function publish(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { 'data-dir': { type: 'string' } }, allowPositionals: true, strict: true });
  const [zipPath] = positionals;
  if (!zipPath || positionals.length > 1) throw new CliFailure(USAGE);
  try {
    const config = readCatalogueConfig();
    const dataDir = values['data-dir'] ? resolve(values['data-dir']) : config.dataDir;
    const trust = await loadServerTrust(config);
    const bytes = await readBytes(zipPath);
    const storage = openStorage({ ...config, dataDir });
    try {
      await storage.migrate();
      const { status, entry } = await publishPack(bytes, { storage, packsDir: packsDirOf(dataDir), trustedKeys: trust.keys });
      const what = `${entry.id} ${entry.version} (${formatBytes(entry.sizeBytes)})`;
      process.stdout.write(status === 'published' ? `published ${what} in ${dataDir}\n` : `already published: ${what} in ${dataDir}, nothing changed\n`);
      return EXIT_OK;
    } finally {
      await storage.close();
    }
  } catch (error) {
    throw toCliFailure(error);
  }
}

/** A refused pack exits 1; a bad setting, data folder or database exits 2, in the server's words. */
function toCliFailure(error: unknown): unknown {
  if (!isSabilError(error)) return error;
  const startupMessage = describeStartupError(error);
  if (startupMessage) return new CliFailure(startupMessage, EXIT_USAGE, { cause: error });
  if (error.code.startsWith('pack/')) return new CliFailure(describeError(error), EXIT_REJECTED, { cause: error });
  return error;
}
