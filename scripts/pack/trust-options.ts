/** The `--trust <key.json>` (repeatable) and `--no-demo` options shared by verify and inspect. */
import { parseArgs } from 'node:util';
import type { PackPublicKey } from '../../src/core/pack';
import { CliFailure } from './cli-failure';
import { loadTrustedKeys } from './trusted-keys';

export async function parseZipCommand(args: string[], usage: string): Promise<{ zipPath: string; trustedKeys: PackPublicKey[] }> {
  const { values, positionals } = parseArgs({
    args,
    options: { trust: { type: 'string', multiple: true }, 'no-demo': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [zipPath] = positionals;
  if (!zipPath || positionals.length > 1) throw new CliFailure(usage);
  const trustedKeys = await loadTrustedKeys({ trust: values.trust ?? [], demo: !values['no-demo'] });
  return { zipPath, trustedKeys };
}
