/**
 * i18next with one folder of JSON files per language (locales/<lng>/*.json, merged into one
 * namespace; top-level keys must not repeat across files). Each language loads on demand as its
 * own chunks, so the first screen carries only the language it shows. The service worker precaches
 * all of them, so every language works offline.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, directionOf, type Language } from '../core/languages/index';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

async function loadResources(language: Language): Promise<Record<string, unknown>> {
  const files = Object.entries(loaders).filter(([path]) => path.startsWith(`../../locales/${language}/`));
  if (files.length === 0) throw new Error(`No locale files for ${language}`);
  const parts = await Promise.all(files.map(async ([, load]) => (await load()).default));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

export const i18n: I18n = i18next.createInstance();

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'app')) i18n.addResourceBundle(language, 'app', await loadResources(language));
}

export async function initI18n(language: Language): Promise<void> {
  const resources = { [language]: { app: await loadResources(language) } };
  if (language !== FALLBACK_LANGUAGE) resources[FALLBACK_LANGUAGE] = { app: await loadResources(FALLBACK_LANGUAGE) };
  await i18n.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: ['app'],
    defaultNS: 'app',
    resources,
    interpolation: { escapeValue: false }, // Preact escapes text it renders
    returnNull: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (lngs, _ns, key) => console.warn(`Missing translation "${key}" for ${lngs.join(',')}`),
  });
  applyDocumentLanguage(language);
}

/** Switches the interface language and mirrors the page for right-to-left languages. */
export async function useLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
