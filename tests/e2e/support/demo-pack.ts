/** Builds a demo pack zip with the demo key, as `npm run pack -- build` does, for tests to import. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { buildPack, parseSigningKey, type PackSource } from '../../../src/core/pack/index';
import { readSourceFolder } from '../../../scripts/pack/read-source';

export interface DemoPack {
  path: string;
  source: PackSource;
}

export async function buildDemoPack(folder: string): Promise<DemoPack> {
  const { sourceJson, media } = await readSourceFolder(folder);
  const key = parseSigningKey(JSON.parse(readFileSync('packs/keys/demo-publisher.json', 'utf8')));
  const { bytes } = buildPack(sourceJson, media, key);
  const path = join(mkdtempSync(join(tmpdir(), 'sabil-pack-')), 'pack.zip');
  writeFileSync(path, bytes);
  return { path, source: sourceJson as PackSource };
}

/** The same pack with its manifest edited after signing: what a tampered copy looks like. */
export function tamperedCopy(pack: DemoPack): string {
  const entries = unzipSync(readFileSync(pack.path));
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  manifest.title.en = 'A title changed after signing';
  entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  const path = pack.path.replace(/\.zip$/, '-tampered.zip');
  writeFileSync(path, zipSync(entries));
  return path;
}
