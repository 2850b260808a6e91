/**
 * `verify <zip> [--trust key.json …] [--no-demo]`: exit 0 and `ok: <id> <version> (…)` when the
 * pack is whole and signed by a trusted key; otherwise exit 1 and one line saying what is wrong.
 */
import { verifyPack } from '../../src/core/pack';
import { CliFailure, EXIT_OK, EXIT_REJECTED } from './cli-failure';
import { readBytes } from './files';
import { formatBytes, safe } from './format';
import { describeError } from './messages';
import { parseZipCommand } from './trust-options';

export async function verify(args: string[]): Promise<number> {
  const { zipPath, trustedKeys } = await parseZipCommand(args, 'usage: pack verify <file.zip> [--trust <key.json> …] [--no-demo]');
  const bytes = await readBytes(zipPath);
  try {
    const { manifest, signedBy } = await verifyPack(bytes, { trustedKeys });
    if (signedBy.warning) process.stderr.write(`note: signed with a key marked "${safe(signedBy.warning)}"\n`);
    process.stdout.write(`ok: ${manifest.id} ${manifest.version} (${manifest.files.length} files, ${formatBytes(bytes.length)})\n`);
    return EXIT_OK;
  } catch (cause) {
    throw new CliFailure(describeError(cause), EXIT_REJECTED, { cause });
  }
}
