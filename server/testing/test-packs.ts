/** Test support: small signed packs made in memory, and the keys that sign them. */
import { buildPack, createSigningKey, type PackPublicKey, type PackSigningKey } from '../../src/core/pack/index';
import type { ServerTrust } from '../packs/trusted-keys';

export const publisherKey = createSigningKey(new Uint8Array(32).fill(7), 'Test publisher');
export const strangerKey = createSigningKey(new Uint8Array(32).fill(8), 'Stranger');

/** What a server trusts: public parts only. */
export function publicPart({ keyId, publicKey, name }: PackPublicKey): PackPublicKey {
  return { keyId, publicKey, ...(name === undefined ? {} : { name }) };
}

export const testTrust: ServerTrust = { demo: false, keys: [publicPart(publisherKey)] };

export interface TestPackOptions {
  id?: string;
  version?: string;
  title?: string;
  /** Size of the one stored picture, so the zip is a little larger than this. */
  mediaBytes?: number;
  key?: PackSigningKey;
}

export function makeTestPack(options: TestPackOptions = {}): Uint8Array<ArrayBuffer> {
  const { id = 'sabil.test.catalogue', version = '1.0.0', title = 'Catalogue test', mediaBytes = 64 * 1024, key = publisherKey } = options;
  const t = (text: string) => ({ ar: `${text} (ar)`, en: text });
  const source = {
    id,
    version,
    languages: ['ar', 'en'],
    title: t(title),
    description: t('A pack for the catalogue tests'),
    lessons: [{ id: 'one', title: t('One'), blocks: [{ type: 'image', file: 'media/picture.webp', alt: t('A picture') }] }],
  };
  // Varied bytes, so a range from the middle of the file is distinguishable from any other.
  const picture = new Uint8Array(mediaBytes).map((_, i) => (i * 31 + (i >> 8)) % 251);
  return buildPack(source, new Map([['media/picture.webp', picture]]), key).bytes;
}
