/**
 * The hostile corpus (src/core/pack/hostile-corpus.ts) as files for the browser to import. Signed
 * with the demo key, the one key the e2e server (demo mode) tells devices to trust; made for
 * DEFAULT_LIMITS, the limits the app verifies with. Each file carries the English text the app
 * must show, from the code and params that verifyPack gives for it here in Node.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorTextKey, isSabilError, type ErrorCode, type SabilError } from '../../../src/core/errors/index';
import { DEFAULT_LIMITS, parsePublicKey, parseSigningKey, verifyPack, type PackPublicKey } from '../../../src/core/pack/index';
import { hostileCorpus } from '../../../src/core/pack/hostile-corpus';
import { otherKey } from '../../../src/core/pack/test-fixtures';
import { text } from './texts';

export interface HostileFile {
  name: string;
  code: ErrorCode;
  path: string;
  /** What the alert must say, exactly. */
  message: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

async function refusal(bytes: Uint8Array<ArrayBuffer>, trusted: PackPublicKey): Promise<SabilError> {
  try {
    await verifyPack(bytes, { trustedKeys: [trusted], limits: DEFAULT_LIMITS });
  } catch (error) {
    if (isSabilError(error)) return error;
    throw error;
  }
  throw new Error('verifyPack accepted a pack from the hostile corpus');
}

export async function writeHostileCorpus(): Promise<HostileFile[]> {
  const demoKey = parseSigningKey(readJson('packs/keys/demo-publisher.json'));
  const trusted = parsePublicKey(readJson('packs/keys/demo-publisher.pub.json'));
  const folder = mkdtempSync(join(tmpdir(), 'sabil-hostile-'));
  const corpus = hostileCorpus({ signingKey: demoKey, untrustedKey: otherKey, limits: DEFAULT_LIMITS });
  const files: HostileFile[] = [];
  for (const [index, hostile] of corpus.entries()) {
    const error = await refusal(hostile.bytes, trusted);
    if (error.code !== hostile.expectedCode) throw new Error(`${hostile.name}: Node refuses it with ${error.code}, not ${hostile.expectedCode}`);
    const message = text('en', errorTextKey(error.code), error.params);
    // The spec waits for each alert's text; the same text twice in a row would match the old alert.
    if (message === files.at(-1)?.message) throw new Error(`${hostile.name}: same text as the case before it; reorder the corpus`);
    const path = join(folder, `${String(index).padStart(2, '0')}-${hostile.name.replace(/[^a-z0-9]+/gi, '-')}.zip`);
    writeFileSync(path, hostile.bytes);
    files.push({ name: hostile.name, code: error.code, path, message });
  }
  return files;
}
