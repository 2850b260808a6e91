/** The app's own locale files, so browser tests find controls by the words a user sees in each language. */
import { readFileSync, readdirSync } from 'node:fs';

export type Lang = 'ar' | 'fr' | 'en';

const cache = new Map<Lang, Record<string, unknown>>();

function load(lang: Lang): Record<string, unknown> {
  let tree = cache.get(lang);
  if (!tree) {
    const dir = new URL(`../../../locales/${lang}/`, import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const merged: Record<string, unknown> = {};
    for (const name of files) Object.assign(merged, JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>);
    tree = merged;
    cache.set(lang, tree);
  }
  return tree;
}

/** Text for `key` in `lang` with {{placeholders}} filled; throws for a missing key so tests stay honest. */
export function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], load(lang));
  if (typeof found !== 'string') throw new Error(`No text for ${key} in ${lang}`);
  // `{{count, number}}` is i18next's number formatting: the caller passes the value already formatted.
  return found.replace(/\{\{(\w+)(?:, *number)?\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
