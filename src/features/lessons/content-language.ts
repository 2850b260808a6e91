/** Lesson content carries its own language: the learner's when the pack has it, else the pack's first. */
import { directionOf } from '../../core/languages/index';

export function contentLanguage(packLanguages: readonly string[], learnerLanguage: string): { lang: string; dir: 'rtl' | 'ltr' } {
  const lang = packLanguages.includes(learnerLanguage) ? learnerLanguage : packLanguages[0] ?? learnerLanguage;
  return { lang, dir: directionOf(lang) };
}

export function pick(text: Record<string, string> | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? Object.values(text)[0] ?? '';
}
