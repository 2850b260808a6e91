import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseKey } from '../../src/core/pack/index';
import { makeTempDir } from '../testing/temp-dir';
import { makeTestApp } from '../testing/test-app';
import { publisherKey } from '../testing/test-packs';
import { DEMO_PUBLIC_KEY_PATH, loadServerTrust } from './trusted-keys';

const DEMO_KEY_ID = '72705f6fb622ea69';

function writeKeyFile(content: unknown): string {
  const path = join(makeTempDir(), 'key.pub.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('loadServerTrust', () => {
  it('trusts the demo key in demo mode, and the listed key files, each once', async () => {
    const publisherFile = writeKeyFile(serialiseKey(publisherKey));
    const trust = await loadServerTrust({ demo: true, trustedKeyPaths: [publisherFile, DEMO_PUBLIC_KEY_PATH, publisherFile] });
    expect(trust.demo).toBe(true);
    expect(trust.keys.map((key) => key.keyId)).toEqual([DEMO_KEY_ID, publisherKey.keyId]);
  });

  it('never keeps a secret key that a listed file holds', async () => {
    const trust = await loadServerTrust({ demo: false, trustedKeyPaths: [writeKeyFile(serialiseKey(publisherKey, { includeSecret: true }))] });
    expect(trust.keys[0]).not.toHaveProperty('secretKey');
  });

  it('trusts only the listed files outside demo mode', async () => {
    expect(await loadServerTrust({ demo: false, trustedKeyPaths: [] })).toEqual({ demo: false, keys: [] });
  });

  it.each([
    ['a missing file', () => join(makeTempDir(), 'none.json'), 'unreadable'],
    ['a file that is not JSON', () => writeKeyFile('{'), 'not-json'],
    ['a key whose id is not its own', () => writeKeyFile({ ...serialiseKey(publisherKey), keyId: '0000000000000000' }), 'key-id-mismatch'],
  ])('refuses %s with config/bad-trusted-key', async (_name, makePath, reason) => {
    const path = makePath();
    await expect(loadServerTrust({ demo: false, trustedKeyPaths: [path] })).rejects.toMatchObject({ code: 'config/bad-trusted-key', params: { path, reason } });
  });
});

describe('GET /api/v1/trust', () => {
  it('hands devices the demo key, with its warning, in demo mode', async () => {
    const { app } = await makeTestApp({ trust: await loadServerTrust({ demo: true, trustedKeyPaths: [] }) });
    const res = await app.request('/api/v1/trust');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      demo: true,
      keys: [
        {
          keyId: DEMO_KEY_ID,
          publicKey: 'TDMEyf9HP6hPWMe8Fb8M0BkMzbYQ+zWUCy6vMp2jz9Q=',
          name: 'Sabil demo publisher',
          warning: 'DEMO ONLY — never trust this key in production',
        },
      ],
    });
  });

  it('hands devices only the listed keys outside demo mode', async () => {
    const trust = await loadServerTrust({ demo: false, trustedKeyPaths: [writeKeyFile(serialiseKey(publisherKey))] });
    const { app } = await makeTestApp({ trust });
    expect(await (await app.request('/api/v1/trust')).json()).toEqual({
      demo: false,
      keys: [{ keyId: publisherKey.keyId, publicKey: serialiseKey(publisherKey).publicKey, name: 'Test publisher' }],
    });
  });
});
