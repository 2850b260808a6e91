import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n, loadTextAreas, useLanguage } from './i18n';

const titleIn = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../../locales/${language}/teacher.json`, import.meta.url), 'utf8')) as { teacher: { title: string } }).teacher.title;
const has = (key: string, lng: string) => i18n.exists(key, { lng, fallbackLng: false });

describe('staff texts', () => {
  beforeAll(async () => {
    // i18n.ts marks the page's language and direction; Node has no page, so a bare element stands in.
    vi.stubGlobal('document', { documentElement: {} });
    await initI18n('fr');
  });

  it('are not part of the first screen, so a child never downloads them', () => {
    expect(has('teacher.title', 'fr')).toBe(false);
    expect(has('coordinator.cancel', 'en')).toBe(false);
    expect(has('errors.internal.unexpected', 'fr')).toBe(true);
  });

  it('load with the screen that asks for them, in the language shown and the fallback', async () => {
    await loadTextAreas(['teacher']);
    expect(i18n.t('teacher.title')).toBe(titleIn('fr'));
    expect(has('teacher.title', 'en')).toBe(true);
    expect(has('coordinator.cancel', 'fr')).toBe(false);
  });

  it('follow a change of language once asked for', async () => {
    await useLanguage('ar');
    expect(i18n.t('teacher.title')).toBe(titleIn('ar'));
    expect(i18n.t('errors.internal.unexpected')).not.toBe('errors.internal.unexpected');
  });
});
