import { useState } from 'preact/hooks';
import { LANGUAGES, directionOf, pickDefaultLanguage, type Language } from '../../core/languages/index';
import { useTranslation } from '../../i18n/use-translation';
import { useLanguage } from '../../i18n/i18n';

/** First run: the device asks for its language, suggesting the browser's. */
export function LanguageChooser({ onChosen }: { onChosen: (language: Language) => Promise<void> }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Language>(() => pickDefaultLanguage(navigator.languages ?? []));
  const [busy, setBusy] = useState(false);

  async function preview(language: Language) {
    setSelected(language);
    await useLanguage(language);
  }

  return (
    <section aria-labelledby="language-title">
      <h1 id="language-title">{t('language.title')}</h1>
      <p>{t('language.intro')}</p>
      <div class="language-choices" role="radiogroup" aria-labelledby="language-title">
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            role="radio"
            aria-checked={selected === language}
            class="avatar-card"
            lang={language}
            dir={directionOf(language)}
            onClick={() => void preview(language)}
          >
            {t(`languages.${language}`)}
          </button>
        ))}
      </div>
      <p>
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onChosen(selected);
          }}
        >
          {t('language.continue')}
        </button>
      </p>
    </section>
  );
}
