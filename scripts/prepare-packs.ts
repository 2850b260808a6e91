/**
 * `npm start`, before the server listens: in demo mode, builds every folder under packs/ that
 * has a pack.source.json, signs it with the DEMO key and publishes it into the catalogue.
 * buildPack is deterministic, so a rebuild whose SHA-256 equals the catalogue's is already
 * published: a second start rebuilds in memory (about 0.1 s for both packs) and writes nothing.
 * A demo pack that cannot be prepared is reported and skipped; the server still starts.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack, type PackSigningKey } from '../src/core/pack/index';
import { hasPackFile, packsDirOf } from '../server/packs/pack-files';
import { publishPack, type PublishResult } from '../server/packs/publish-pack';
import { openStorage } from '../server/storage/open-storage';
import type { Storage } from '../server/storage/storage';
import { describeError } from './pack/messages';
import { readSourceFolder, SOURCE_FILE } from './pack/read-source';
import { readSigningKey } from './pack/trusted-keys';

export const PACKS_ROOT = fileURLToPath(new URL('../packs/', import.meta.url));
export const DEMO_SIGNING_KEY_PATH = join(PACKS_ROOT, 'keys', 'demo-publisher.json');

export interface PreparePacksOptions {
  dataDir: string;
  /** PostgreSQL, when the server keeps its database there (DATABASE_URL). */
  databaseUrl?: string;
  demo: boolean;
  /** Tests point these at their own folders. */
  packsRoot?: string;
  keyPath?: string;
  say?: (line: string) => void;
  warn?: (line: string) => void;
}

export interface PreparedPack {
  id: string;
  version: string;
  status: PublishResult['status'];
}

export async function preparePacks(options: PreparePacksOptions): Promise<PreparedPack[]> {
  if (!options.demo) return [];
  const { dataDir, packsRoot = PACKS_ROOT, say = print(process.stdout), warn = print(process.stderr) } = options;
  const folders = await findSourceFolders(packsRoot);
  if (folders.length === 0) return [];
  let key: PackSigningKey;
  try {
    key = await readSigningKey(options.keyPath ?? DEMO_SIGNING_KEY_PATH);
  } catch (error) {
    warn(`demo packs were not prepared: ${describeError(error)}`);
    return [];
  }

  // Faults of the data folder or database are the server's too: they stop start-up with its message.
  const storage = openStorage({ dataDir, ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}) });
  const prepared: PreparedPack[] = [];
  try {
    await storage.migrate();
    for (const folder of folders) {
      try {
        const pack = await prepareOne(folder, key, storage, packsDirOf(dataDir));
        prepared.push(pack);
        say(`demo pack ${pack.id} ${pack.version} ready`);
      } catch (error) {
        warn(`demo pack ${relative(process.cwd(), folder) || folder} was not published: ${describeError(error)}`);
      }
    }
  } finally {
    await storage.close();
  }
  return prepared;
}

async function prepareOne(folder: string, key: PackSigningKey, storage: Storage, packsDir: string): Promise<PreparedPack> {
  const source = await readSourceFolder(folder);
  const { bytes, manifest } = buildPack(source.sourceJson, source.media, key);
  const { id, version } = manifest;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = await storage.getPack(id, version);
  if (existing?.sha256 === sha256 && (await hasPackFile(packsDir, existing.fileName, existing.sizeBytes))) {
    return { id, version, status: 'unchanged' };
  }
  const result = await publishPack(bytes, { storage, packsDir, trustedKeys: [key] });
  return { id, version, status: result.status };
}

/** Sub-folders holding a pack source, in name order (packs/keys has none). */
async function findSourceFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const folders: string[] = [];
  for (const name of names) {
    const files: string[] = await readdir(join(root, name)).catch(() => []);
    if (files.includes(SOURCE_FILE)) folders.push(join(root, name));
  }
  return folders;
}

function print(stream: NodeJS.WriteStream): (line: string) => void {
  return (line) => stream.write(line + '\n');
}
