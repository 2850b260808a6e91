/**
 * Reads a pack source folder: `pack.source.json` and the media files it references under
 * `media/`. Files are checked to be regular files inside the folder (a symlink to elsewhere
 * would publish whatever it points at).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { SabilError } from '../../src/core/errors';
import { checkUniqueKeys, listMediaPaths, parseSource } from '../../src/core/pack';
import { CliFailure, EXIT_REJECTED } from './cli-failure';
import { readBytes } from './files';
import { describeError } from './messages';

export const SOURCE_FILE = 'pack.source.json';

export type SourceFolder = {
  sourceJson: unknown;
  media: Map<string, Uint8Array>;
  /** Files under media/ that no block uses: left out of the pack, worth a note. */
  unused: string[];
};

async function listFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile()) found.push(join(entry.parentPath, entry.name));
  }
  return found;
}

function parseJson(text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SabilError('pack/source-not-json', { reason: cause instanceof Error ? cause.message : String(cause) }, { cause });
  }
  // The built manifest would silently keep the last of two values; the author should pick one.
  checkUniqueKeys(text, SOURCE_FILE);
  return json;
}

async function readMedia(root: string, path: string): Promise<Uint8Array> {
  const absolute = join(root, ...path.split('/'));
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (cause) {
    throw new SabilError('pack/missing-source-file', { path }, { cause });
  }
  if (!real.startsWith(root + sep)) throw new CliFailure(`${path} points outside the source folder`, EXIT_REJECTED);
  if (!(await stat(real)).isFile()) throw new SabilError('pack/missing-source-file', { path });
  return readBytes(real);
}

export async function readSourceFolder(folder: string): Promise<SourceFolder> {
  const root = await realpath(folder).catch(() => {
    throw new CliFailure(`cannot read ${folder}: no such folder`);
  });
  const sourcePath = join(root, SOURCE_FILE);
  const text = new TextDecoder().decode(await readBytes(sourcePath));
  try {
    const sourceJson = parseJson(text);
    const paths = listMediaPaths(parseSource(sourceJson));
    const media = new Map<string, Uint8Array>();
    for (const path of paths) media.set(path, await readMedia(root, path));
    const used = new Set(paths.map((path) => join(root, ...path.split('/'))));
    const unused = (await listFiles(join(root, 'media')))
      .filter((file) => !used.has(file))
      .map((file) => relative(root, file).split(sep).join('/'));
    return { sourceJson, media, unused };
  } catch (cause) {
    if (cause instanceof CliFailure) throw cause;
    throw new CliFailure(`${join(folder, SOURCE_FILE)}: ${describeError(cause)}`, EXIT_REJECTED, { cause });
  }
}
