/**
 * i18next with one folder of JSON files per language (locales/<lng>/*.json, merged into one
 * namespace; top-level keys must not repeat across files). Each language loads on demand as its
 * own chunks, so the first screen carries only the language it shows, and the staff screens' files
 * (STAFF_TEXT_AREAS) load with those screens, since a child never opens them. The service worker
 * precaches all of them, so every language works offline.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, directionOf, isLanguage, type Language } from '../core/languages/index';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

/** Locale files (by name, without .json) that only staff screens read; they load with those screens. */
export const STAFF_TEXT_AREAS = ['coordinator', 'school-reports', 'teacher', 'reports'] as const;
export type StaffTextArea = (typeof STAFF_TEXT_AREAS)[number];

const staffAreas = new Set<string>(STAFF_TEXT_AREAS);
/** The staff areas some screen has asked for: a change of language loads them in the new one too. */
const requestedAreas = new Set<StaffTextArea>();
/** `${language}/${area}` once added to i18next. */
const loadedAreas = new Set<string>();

function areaOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** The texts of one language: every file that is not a staff area, or exactly the given areas. */
async function loadResources(language: Language, areas: readonly StaffTextArea[] | 'first-screen' = 'first-screen'): Promise<Record<string, unknown>> {
  const files = Object.entries(loaders).filter(([path]) => {
    if (!path.startsWith(`../../locales/${language}/`)) return false;
    return areas === 'first-screen' ? !staffAreas.has(areaOf(path)) : (areas as readonly string[]).includes(areaOf(path));
  });
  if (files.length === 0) throw new Error(`No locale files for ${language}`);
  const parts = await Promise.all(files.map(async ([, load]) => (await load()).default));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

export const i18n: I18n = i18next.createInstance();

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'app')) i18n.addResourceBundle(language, 'app', await loadResources(language));
  await addAreas(language, [...requestedAreas]);
}

async function addAreas(language: Language, areas: readonly StaffTextArea[]): Promise<void> {
  const missing = areas.filter((area) => !loadedAreas.has(`${language}/${area}`));
  if (missing.length === 0) return;
  // Deep-merged into the one namespace: each file has its own top-level key, so nothing is overwritten.
  i18n.addResourceBundle(language, 'app', await loadResources(language, missing), true, false);
  for (const area of missing) loadedAreas.add(`${language}/${area}`);
}

/**
 * Loads the texts of staff screens in the current language (and the fallback language, which
 * i18next reads for a key a translation lacks) before the screen that needs them draws.
 */
export async function loadTextAreas(areas: readonly StaffTextArea[]): Promise<void> {
  for (const area of areas) requestedAreas.add(area);
  const languages = new Set<Language>([FALLBACK_LANGUAGE]);
  const current = i18n.language; // set by initI18n before any screen draws
  if (isLanguage(current)) languages.add(current);
  await Promise.all([...languages].map((language) => addAreas(language, areas)));
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
