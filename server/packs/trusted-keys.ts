/**
 * The publisher keys this server trusts: the demo key in demo mode, and every public key file
 * named in SABIL_TRUSTED_KEYS. Publishing checks packs against them, the catalogue offers only
 * packs they signed, and GET /api/v1/trust hands them to devices.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isSabilError, SabilError } from '../../src/core/errors/index';
import { parsePublicKey, type PackPublicKey } from '../../src/core/pack/index';

export const DEMO_PUBLIC_KEY_PATH = fileURLToPath(new URL('../../packs/keys/demo-publisher.pub.json', import.meta.url));

export interface ServerTrust {
  demo: boolean;
  keys: PackPublicKey[];
}

export const TRUST_NOTHING: ServerTrust = { demo: false, keys: [] };

export async function loadServerTrust(options: { demo: boolean; trustedKeyPaths: readonly string[] }): Promise<ServerTrust> {
  const paths = [...(options.demo ? [DEMO_PUBLIC_KEY_PATH] : []), ...options.trustedKeyPaths];
  const keys: PackPublicKey[] = [];
  for (const path of paths) {
    const key = await readPublicKeyFile(path);
    // The same key listed twice (or the demo key in SABIL_TRUSTED_KEYS too) is trusted once.
    if (!keys.some((known) => known.keyId === key.keyId)) keys.push(key);
  }
  return { demo: options.demo, keys };
}

export function isTrustedKeyId(trust: ServerTrust, keyId: string): boolean {
  return trust.keys.some((key) => key.keyId === keyId);
}

async function readPublicKeyFile(path: string): Promise<PackPublicKey> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new SabilError('config/bad-trusted-key', { path, reason: 'unreadable' }, { cause });
  }
  try {
    return parsePublicKey(JSON.parse(text));
  } catch (cause) {
    const reason = isSabilError(cause) ? String(cause.params.reason ?? cause.code) : 'not-json';
    throw new SabilError('config/bad-trusted-key', { path, reason }, { cause });
  }
}
