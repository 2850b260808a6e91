/**
 * Pack text with the language it is actually in, so the page can mark it (`lang`, `dir`) and a
 * screen reader pronounces an Arabic prompt as Arabic inside a French report.
 */
import { directionOf } from '../../../core/languages/index';
import type { Localized } from '../../../core/pack/index';

export interface PickedText {
  text: string;
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

export function pickLocalized(text: Localized | null | undefined, language: string, fallback: string): PickedText {
  const lang = text?.[language] !== undefined ? language : Object.keys(text ?? {})[0];
  const found = lang === undefined ? undefined : text?.[lang];
  if (found === undefined || lang === undefined) return { text: fallback, lang: undefined, dir: undefined };
  return { text: found, lang, dir: directionOf(lang) };
}
