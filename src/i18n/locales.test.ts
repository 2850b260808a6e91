import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../core/languages/index';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? flatten(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function keysOf(language: string, file: string): string[] {
  return flatten(JSON.parse(readFileSync(new URL(`../../locales/${language}/${file}`, import.meta.url), 'utf8')));
}

const files = readdirSync(new URL('../../locales/en/', import.meta.url));

describe.each(files)('locale file %s', (file) => {
  const base = (language: string) => [...new Set(keysOf(language, file).map((k) => k.replace(PLURAL, '')))].sort();

  it.each(LANGUAGES)('has exactly the keys of English in %s', (language) => {
    expect(base(language)).toEqual(base('en'));
  });

  it.each(LANGUAGES)('has every plural form %s needs', (language) => {
    const keys = new Set(keysOf(language, file));
    const pluralBases = new Set(keysOf('en', file).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const missing = [...pluralBases].flatMap((b) => categories.filter((c) => !keys.has(`${b}_${c}`)).map((c) => `${b}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('has no empty text in %s', (language) => {
    const tree = JSON.parse(readFileSync(new URL(`../../locales/${language}/${file}`, import.meta.url), 'utf8'));
    const textAt = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    const empty = flatten(tree).filter((k) => String(textAt(k)).trim() === '');
    expect(empty).toEqual([]);
  });
});

it('has the same files in every language', () => {
  for (const language of LANGUAGES) {
    expect(readdirSync(new URL(`../../locales/${language}/`, import.meta.url)).sort()).toEqual([...files].sort());
  }
});

it('never repeats a top-level key across the files of a language (they merge into one namespace)', () => {
  const owners = new Map<string, string>();
  const clashes: string[] = [];
  for (const file of files) {
    for (const key of Object.keys(JSON.parse(readFileSync(new URL(`../../locales/en/${file}`, import.meta.url), 'utf8')))) {
      if (owners.has(key)) clashes.push(`${key} in ${owners.get(key)} and ${file}`);
      owners.set(key, file);
    }
  }
  expect(clashes).toEqual([]);
});
