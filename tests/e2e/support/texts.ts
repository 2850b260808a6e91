/** The app's own locale files, so browser tests find controls by the words a user sees in each language. */
import { readFileSync } from 'node:fs';

export type Lang = 'ar' | 'fr' | 'en';

const cache = new Map<Lang, Record<string, unknown>>();

function load(lang: Lang): Record<string, unknown> {
  let tree = cache.get(lang);
  if (!tree) {
    tree = JSON.parse(readFileSync(new URL(`../../../locales/${lang}/app.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
    cache.set(lang, tree);
  }
  return tree;
}

/** Text for `key` in `lang` with {{placeholders}} filled; throws for a missing key so tests stay honest. */
export function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], load(lang));
  if (typeof found !== 'string') throw new Error(`No text for ${key} in ${lang}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
