import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors';
import { buildPack } from './build-pack';
import { parseManifest, parseSource } from './parse-manifest';
import { sampleMedia, sampleSource, testKey } from './test-fixtures';

type Json = Record<string, unknown>;

/** Sets (or with `undefined`, deletes) the value at a dotted path such as `lessons.0.blocks.1.file`. */
function changed<T>(document: T, path: string, value: unknown): T {
  const copy = JSON.parse(JSON.stringify(document)) as T;
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = copy as unknown as Json;
  for (const key of keys) node = node[key] as Json;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const quiz = 'lessons.0.blocks.4';
const item = (index: number) => `${quiz}.items.${index}`;
const t3 = { ar: 'أ', fr: 'b', en: 'c' };

describe('parseSource', () => {
  it('accepts the sample, including an audio block in only some languages', () => {
    expect(parseSource(sampleSource()).id).toBe('sabil.test.sample');
  });

  it('accepts a lesson without image or video, and an item without hint or feedback', () => {
    const source = sampleSource();
    source.lessons[0]!.blocks = source.lessons[0]!.blocks.filter((block) => block.type === 'text');
    expect(() => parseSource(source)).not.toThrow();
  });

  it.each<[string, string, unknown, ErrorCode, Json]>([
    ['an unknown block type', 'lessons.0.blocks.0.type', 'html', 'pack/unknown-block-type', { at: 'lessons[0].blocks[0].type', value: 'html' }],
    ['an unknown item type', `${item(0)}.type`, 'essay', 'pack/unknown-item-type', { at: 'lessons[0].blocks[4].items[0].type' }],
    ['a bad language code', 'languages.0', 'Arabic', 'pack/bad-language', { at: 'languages[0]', value: 'Arabic' }],
    ['a duplicate language', 'languages.1', 'ar', 'pack/duplicate-id', { at: 'languages[1]' }],
    ['a text in an undeclared language', 'title.de', 'Probe', 'pack/bad-language', { at: 'title.de' }],
    ['a missing title for a declared language', 'title.fr', undefined, 'pack/missing-translation', { at: 'title', language: 'fr' }],
    ['a missing lesson title translation', 'lessons.0.title.ar', undefined, 'pack/missing-translation', { at: 'lessons[0].title', language: 'ar' }],
    ['a missing choice text translation', `${item(0)}.choices.1.text.en`, undefined, 'pack/missing-translation', { at: 'lessons[0].blocks[4].items[0].choices[1].text' }],
    ['a missing accepted answer language', `${item(3)}.accept.fr`, undefined, 'pack/missing-translation', { at: 'lessons[0].blocks[4].items[3].accept', language: 'fr' }],
    ['an empty audio block', 'lessons.0.blocks.2.files', {}, 'pack/missing-translation', { at: 'lessons[0].blocks[2].files' }],
    ['an empty text', 'description.en', '', 'pack/invalid-manifest', { at: 'description.en' }],
    ['a duplicate item id', `${item(1)}.id`, 'q1', 'pack/duplicate-id', { at: 'lessons[0].blocks[4].items[1].id', value: 'q1' }],
    ['a duplicate choice id', `${item(0)}.choices.1.id`, 'a', 'pack/duplicate-id', { at: 'lessons[0].blocks[4].items[0].choices[1].id' }],
    ['a bad id', 'lessons.0.id', 'counting lesson', 'pack/bad-id', { at: 'lessons[0].id' }],
    ['a bad version', 'version', '1.0', 'pack/bad-version', { at: 'version', value: '1.0' }],
    ['a single answer naming no choice', `${item(0)}.answer`, 'z', 'pack/unknown-choice', { at: 'lessons[0].blocks[4].items[0].answer[0]', value: 'z' }],
    ['a multiple answer naming no choice', `${item(1)}.answer`, ['a', 'z'], 'pack/unknown-choice', { at: 'lessons[0].blocks[4].items[1].answer[1]' }],
    ['a repeated multiple answer', `${item(1)}.answer`, ['a', 'a'], 'pack/bad-answer', { reason: 'duplicate' }],
    ['an ordering naming no choice', `${item(4)}.answer`, ['b', 'a', 'd'], 'pack/unknown-choice', { value: 'd' }],
    ['an incomplete ordering', `${item(4)}.answer`, ['b', 'a'], 'pack/bad-answer', { reason: 'incomplete' }],
    ['mastery m > n', `${quiz}.mastery`, { m: 6, n: 5 }, 'pack/bad-mastery', { at: 'lessons[0].blocks[4].mastery', value: '6 of 5' }],
    ['mastery m = 0', `${quiz}.mastery.m`, 0, 'pack/bad-mastery', { at: 'lessons[0].blocks[4].mastery.m' }],
    ['mastery not an integer', `${quiz}.mastery.n`, 4.5, 'pack/bad-mastery', {}],
    ['a path outside media/', 'lessons.0.blocks.1.file', 'images/apples.webp', 'pack/bad-media-path', { at: 'lessons[0].blocks[1].file' }],
    ['a .. path', 'lessons.0.blocks.1.file', 'media/../apples.webp', 'pack/bad-media-path', {}],
    ['a hidden file', 'lessons.0.blocks.1.file', 'media/.apples.webp', 'pack/bad-media-path', {}],
    ['an absolute path', 'lessons.0.blocks.3.file', '/media/count.mp4', 'pack/bad-media-path', {}],
    ['a backslash path', 'lessons.0.blocks.3.file', 'media\\count.mp4', 'pack/bad-media-path', {}],
    ['an audio path outside media/', 'lessons.0.blocks.2.files.ar', 'count.mp3', 'pack/bad-media-path', { at: 'lessons[0].blocks[2].files.ar' }],
    ['a media type packs may not carry', 'lessons.0.blocks.1.file', 'media/apples.svg', 'pack/bad-media-type', { value: 'media/apples.svg' }],
    ['an image block showing a sound', 'lessons.0.blocks.1.file', 'media/count-ar.mp3', 'pack/bad-media-type', { expected: 'image' }],
    ['an unknown field', 'lessons.0.blocks.0.html', '<script>', 'pack/unknown-field', { at: 'lessons[0].blocks[0].html' }],
    ['a missing field', `${quiz}.mastery`, undefined, 'pack/invalid-manifest', { at: 'lessons[0].blocks[4].mastery' }],
    ['a numeric answer that is text', `${item(2)}.answer`, '7', 'pack/invalid-manifest', { at: 'lessons[0].blocks[4].items[2].answer' }],
    ['a negative tolerance', `${item(2)}.tolerance`, -1, 'pack/invalid-manifest', {}],
    ['an item without skills', `${item(2)}.skills`, [], 'pack/invalid-manifest', {}],
    ['a quiz id used twice', 'lessons.0.blocks.0', { type: 'quiz', id: 'counting-quiz', mastery: { m: 1, n: 1 }, items: [{ id: 'x', type: 'numeric', skills: ['s'], prompt: t3, answer: 1 }] }, 'pack/duplicate-id', { value: 'counting-quiz' }],
  ])('rejects %s', (_, path, value, code, params) => {
    expect(() => parseSource(changed(sampleSource(), path, value))).toThrow(expect.objectContaining({ code, params: expect.objectContaining(params) }));
  });
});

describe('parseManifest', () => {
  const { manifest } = buildPack(sampleSource(), sampleMedia(), testKey);

  it('accepts a built manifest', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it.each<[string, string, unknown, ErrorCode]>([
    ['a newer format', 'format', 2, 'pack/unsupported-format'],
    ['a block pointing at an unlisted file', 'files.0.path', 'media/other.webp', 'pack/unknown-file'],
    ['a file type that is not its extension\'s', 'files.0.type', 'text/html', 'pack/bad-media-type'],
    ['a listed file outside media/', 'files.0.path', 'index.html', 'pack/bad-media-path'],
    ['a bad hash', 'files.0.sha256', 'ABC', 'pack/invalid-manifest'],
    ['a bad publisher key id', 'publisher.keyId', 'nope', 'pack/invalid-manifest'],
  ])('rejects %s', (_, path, value, code) => {
    expect(() => parseManifest(changed(manifest, path, value))).toThrow(expect.objectContaining({ code }));
  });

  it('rejects a file listed twice', () => {
    const twice = { ...manifest, files: [...manifest.files, manifest.files[0]] };
    expect(() => parseManifest(twice)).toThrow(expect.objectContaining({ code: 'pack/duplicate-id', params: { at: 'files[4].path', value: 'media/apples.webp' } }));
  });
});
