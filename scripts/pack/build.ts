/**
 * `build <folder> --out <zip> [--key file]`: reads a source folder, builds and signs the pack,
 * verifies the result with the same code devices use, and only then writes it (atomically).
 */
import { parseArgs } from 'node:util';
import { buildPack, verifyPack, type BuiltPack } from '../../src/core/pack';
import { CliFailure, EXIT_OK, EXIT_REJECTED } from './cli-failure';
import { writeFileAtomic } from './files';
import { formatBytes, safe } from './format';
import { describeError } from './messages';
import { readSourceFolder, SOURCE_FILE } from './read-source';
import { readSigningKey } from './trusted-keys';

export async function build(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string' }, key: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [folder] = positionals;
  if (!folder || positionals.length > 1 || !values.out) throw new CliFailure('usage: pack build <source-folder> --out <file.zip> [--key <key.json>]');
  const keyPath = values.key ?? process.env.SABIL_PACK_KEY;
  if (!keyPath) throw new CliFailure('no signing key: pass --key <key.json> or set SABIL_PACK_KEY');

  const key = await readSigningKey(keyPath);
  const source = await readSourceFolder(folder);
  for (const path of source.unused) process.stderr.write(`note: ${safe(path)} is not used by any block, so it is left out\n`);

  let built: BuiltPack;
  try {
    built = buildPack(source.sourceJson, source.media, key);
    await verifyPack(built.bytes, { trustedKeys: [key] });
  } catch (cause) {
    throw new CliFailure(`${folder}/${SOURCE_FILE}: ${describeError(cause)}`, EXIT_REJECTED, { cause });
  }
  await writeFileAtomic(values.out, built.bytes);
  if (key.warning) process.stderr.write(`note: signed with a key marked "${safe(key.warning)}"\n`);
  const { manifest, bytes } = built;
  process.stdout.write(
    `built ${values.out}: ${manifest.id} ${manifest.version} (${manifest.files.length} files, ${formatBytes(bytes.length)}), signed by ${key.keyId}\n`,
  );
  return EXIT_OK;
}
