/**
 * The curriculum of the demo class: the demo packs under packs/ (their pack.source.json) that
 * the catalogue has published, so a tablet enrolled in the demo class can install every pack
 * its sample events name. None published (a test server, SABIL_DEMO without `npm start`): null.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { curriculumFromPacks, type Curriculum, type CurriculumPack } from '../../src/core/demo/index';
import { parseSource } from '../../src/core/pack/index';
import type { Storage } from '../storage/storage';

export const DEMO_PACKS_ROOT = fileURLToPath(new URL('../../packs/', import.meta.url));

export async function loadDemoCurriculum(storage: Storage, packsRoot = DEMO_PACKS_ROOT): Promise<Curriculum | null> {
  const names = (await readdir(packsRoot, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const packs: CurriculumPack[] = [];
  for (const name of names) {
    const text = await readFile(join(packsRoot, name, 'pack.source.json'), 'utf8').catch(() => null);
    if (text === null) continue;
    const source = parseSource(JSON.parse(text));
    if (await storage.getPack(source.id, source.version)) packs.push(source);
  }
  return packs.length > 0 ? curriculumFromPacks(packs) : null;
}
