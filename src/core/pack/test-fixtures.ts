/** Test support: a small pack source using every block and item type, keys, and re-zipping. */
import { createSigningKey } from './keys';
import { jsonBytes } from './json-bytes';
import type { ZipEntries } from './read-zip';
import { signManifest } from './sign-manifest';
import { writeRawZip } from './test-zip-writer';

export const testKey = createSigningKey(new Uint8Array(32).fill(1), 'Test publisher');
export const otherKey = createSigningKey(new Uint8Array(32).fill(2), 'Someone else');

const t = (text: string) => ({ ar: `${text} (ar)`, fr: `${text} (fr)`, en: text });
const choices = ['a', 'b', 'c'].map((id) => ({ id, text: t(`choice ${id}`) }));

export function sampleSource() {
  return {
    id: 'sabil.test.sample',
    version: '1.0.0',
    languages: ['ar', 'fr', 'en'],
    title: t('Sample'),
    description: t('A pack for tests'),
    lessons: [
      {
        id: 'counting',
        title: t('Counting'),
        blocks: [
          { type: 'text', markdown: t('# Count') },
          { type: 'image', file: 'media/apples.webp', alt: t('Three apples') },
          { type: 'audio', files: { ar: 'media/count-ar.mp3', fr: 'media/count-fr.mp3' }, transcript: t('one two three') },
          { type: 'video', file: 'media/count.mp4', caption: t('Counting apples') },
          {
            type: 'quiz',
            id: 'counting-quiz',
            mastery: { m: 3, n: 5 },
            items: [
              {
                id: 'q1',
                type: 'single',
                skills: ['count-to-10'],
                prompt: t('How many?'),
                choices,
                answer: 'a',
                hint: t('Count slowly'),
                feedback: { correct: t('Yes'), wrong: t('Not quite') },
              },
              { id: 'q2', type: 'multiple', skills: ['count-to-10'], prompt: t('Pick'), choices, answer: ['a', 'c'] },
              { id: 'q3', type: 'numeric', skills: ['add'], prompt: t('3 + 4?'), answer: 7, tolerance: 0 },
              { id: 'q4', type: 'text', skills: ['words'], prompt: t('Fruit?'), accept: { ar: ['تفاحة'], fr: ['pomme'], en: ['apple'] } },
              { id: 'q5', type: 'ordering', skills: ['order'], prompt: t('Order'), choices, answer: ['b', 'a', 'c'] },
            ],
          },
        ],
      },
    ],
  };
}

/** Deterministic bytes standing in for media; the pack format never looks inside them. */
export function fakeMedia(seed: number, length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function sampleMedia(): Map<string, Uint8Array<ArrayBuffer>> {
  return new Map([
    ['media/apples.webp', fakeMedia(1, 3000)],
    ['media/count-ar.mp3', fakeMedia(2, 5000)],
    ['media/count-fr.mp3', fakeMedia(3, 4000)],
    ['media/count.mp4', fakeMedia(4, 9000)],
  ]);
}

/** Zips entries again as a careful attacker would: valid CRCs, media stored, JSON deflated. */
export function rezip(entries: ZipEntries | Map<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  return writeRawZip([...entries].map(([name, data]) => ({ name, data })));
}

/** A manifest re-signed by `key` after `change`: what a publisher (or thief of its key) could make. */
export function resign(entries: ReadonlyMap<string, Uint8Array>, manifest: unknown, key = testKey): Map<string, Uint8Array> {
  const copy = new Map<string, Uint8Array>(entries);
  copy.set('manifest.json', jsonBytes(manifest));
  copy.set('signature.json', jsonBytes(signManifest(manifest, key)));
  return copy;
}
