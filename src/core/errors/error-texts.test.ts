/**
 * Every error code has its words in every language, and no text is left for a code that is gone.
 * The locale files are imported rather than read with node:fs: this folder is also type-checked
 * for the service worker (tsconfig.sw.json), which has no Node types.
 */
import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/app.json';
import en from '../../../locales/en/app.json';
import fr from '../../../locales/fr/app.json';
import { LANGUAGES, type Language } from '../languages/index';
import { ERROR_CODES, errorTextKey, type ErrorCode } from './index';

const LOCALES: Record<Language, unknown> = { ar, fr, en };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const PARAM = /\{\{\s*(\w+)\s*\}\}/g;

function childOf(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? Reflect.get(node, key) : undefined;
}

/** The text of a code, or all its plural forms (`…_one`, `…_other`) if it has them. */
function textsOf(language: Language, code: ErrorCode): unknown[] {
  const path = errorTextKey(code).split('.');
  const reason = path.pop() ?? '';
  const parent = path.reduce(childOf, LOCALES[language]);
  const plain = childOf(parent, reason);
  if (plain !== undefined) return [plain];
  const forms = parent !== null && typeof parent === 'object' ? Object.keys(parent) : [];
  return forms.filter((key) => key.replace(PLURAL, '') === reason).map((key) => childOf(parent, key));
}

function stringsOf(language: Language, code: ErrorCode): string[] {
  return textsOf(language, code).filter((text): text is string => typeof text === 'string');
}

function paramsOf(language: Language, code: ErrorCode): string[] {
  const names = stringsOf(language, code).flatMap((text) => [...text.matchAll(PARAM)].map((match) => match[1] ?? ''));
  return [...new Set(names)].sort();
}

/** `area/reason` for every text under `errors`, plural forms counted once. */
function codesWithText(language: Language): string[] {
  const areas = childOf(LOCALES[language], 'errors');
  if (areas === null || typeof areas !== 'object') return [];
  return Object.keys(areas).flatMap((area) => {
    const reasons = childOf(areas, area);
    const keys = reasons !== null && typeof reasons === 'object' ? Object.keys(reasons) : [''];
    return [...new Set(keys.map((reason) => `${area}/${reason.replace(PLURAL, '')}`))];
  });
}

describe.each(LANGUAGES)('error texts in %s', (language) => {
  it.each(ERROR_CODES)('has a text for %s', (code) => {
    const texts = textsOf(language, code);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(typeof text).toBe('string');
      expect(String(text).trim()).not.toBe('');
    }
  });

  it('has no text for a code that does not exist', () => {
    const known = new Set<string>(ERROR_CODES);
    expect(codesWithText(language).filter((code) => !known.has(code))).toEqual([]);
  });
});

describe('error texts across languages', () => {
  it.each(ERROR_CODES)('%s uses the same {{params}} in every language', (code) => {
    for (const language of LANGUAGES) expect(paramsOf(language, code)).toEqual(paramsOf('en', code));
  });

  it('French puts a no-break space before : ; ! ? and inside « »', () => {
    const loose = ERROR_CODES.flatMap((code) => stringsOf('fr', code).filter((text) => / [:;!?»]|« /.test(text)));
    expect(loose).toEqual([]);
  });

  // Without isolates a key id such as 72705f6f… or a path would be reordered inside Arabic text.
  it('Arabic wraps every value in direction isolates (U+2068 … U+2069)', () => {
    const bare = ERROR_CODES.flatMap((code) =>
      stringsOf('ar', code).filter((text) => text.replace(/\u2068\{\{\w+\}\}\u2069/g, '').includes('{{')),
    );
    expect(bare).toEqual([]);
  });
});
