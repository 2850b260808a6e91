/**
 * `keygen [--out file] [--name "Publisher"]`: a new publisher key. The secret goes to a new
 * file readable by its owner only (0600); the public part, which devices trust, goes beside it.
 */
import { webcrypto } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createSigningKey, serialiseKey } from '../../src/core/pack';
import { EXIT_OK } from './cli-failure';
import { writeNewFile } from './files';

export function publicPathFor(secretPath: string): string {
  return `${secretPath.replace(/\.json$/, '')}.pub.json`;
}

export async function keygen(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  const key = createSigningKey(webcrypto.getRandomValues(new Uint8Array(32)), values.name);
  const out = values.out ?? `publisher-${key.keyId}.json`;
  const publicJson = `${JSON.stringify(serialiseKey(key), null, 2)}\n`;
  await writeNewFile(out, `${JSON.stringify(serialiseKey(key, { includeSecret: true }), null, 2)}\n`, 0o600);
  await writeNewFile(publicPathFor(out), publicJson, 0o644);
  process.stdout.write(`key id: ${key.keyId}\nsecret key: ${out} (keep it private; anyone holding it can publish as you)\n`);
  process.stdout.write(`public key: ${publicPathFor(out)}\n${publicJson}`);
  return EXIT_OK;
}
