/**
 * Which publisher keys the CLI trusts: the demo key (unless --no-demo), every `--trust` file,
 * and the files named in SABIL_TRUSTED_KEYS (comma-separated).
 */
import { fileURLToPath } from 'node:url';
import { parsePublicKey, parseSigningKey, type PackPublicKey, type PackSigningKey } from '../../src/core/pack';
import { CliFailure, EXIT_USAGE } from './cli-failure';
import { readJsonFile } from './files';
import { describeError } from './messages';

export const DEMO_PUBLIC_KEY_PATH = fileURLToPath(new URL('../../packs/keys/demo-publisher.pub.json', import.meta.url));

async function readKey<T>(path: string, parse: (json: unknown) => T): Promise<T> {
  const json = await readJsonFile(path);
  try {
    return parse(json);
  } catch (cause) {
    throw new CliFailure(`${path}: ${describeError(cause)}`, EXIT_USAGE, { cause });
  }
}

export function readPublicKey(path: string): Promise<PackPublicKey> {
  return readKey(path, parsePublicKey);
}

export function readSigningKey(path: string): Promise<PackSigningKey> {
  return readKey(path, parseSigningKey);
}

export async function loadTrustedKeys(options: { trust: readonly string[]; demo: boolean }): Promise<PackPublicKey[]> {
  const fromEnvironment = (process.env.SABIL_TRUSTED_KEYS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  const paths = [...(options.demo ? [DEMO_PUBLIC_KEY_PATH] : []), ...fromEnvironment, ...options.trust];
  return Promise.all(paths.map(readPublicKey));
}

