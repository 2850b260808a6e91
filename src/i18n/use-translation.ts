/** Re-renders a component when the language changes and hands it `t`. */
import { useEffect, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { i18n } from './i18n';
import { errorTextKey, isSabilError } from '../core/errors/index';

export function useTranslation(): { t: TFunction; language: string } {
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);
  return { t: i18n.t, language };
}

/** The sentence to show for any failure; unknown errors get the generic one, never a stack trace. */
export function describeError(error: unknown): string {
  if (isSabilError(error)) return i18n.t(errorTextKey(error.code), error.params);
  return i18n.t('errors.internal.unexpected');
}
