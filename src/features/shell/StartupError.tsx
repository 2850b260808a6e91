import { ErrorMessage } from '../../ui/ErrorMessage';
import { useTranslation } from '../../i18n/use-translation';

/** Shown instead of the app when the device's storage cannot be opened at all. */
export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main id="main">
      <h1>{t('app.name')}</h1>
      <ErrorMessage error={error} />
    </main>
  );
}
