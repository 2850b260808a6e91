import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';

/** The learner's own page. Lessons and assignments arrive here with lesson packs. */
export function LearnerHome() {
  const { t } = useTranslation();
  const { activeLearner } = useApp();
  const { route } = useLocation();
  useEffect(() => {
    if (!activeLearner) route('/', true);
  }, [activeLearner]);
  if (!activeLearner) return null;
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.greeting', { name: activeLearner.displayName })}</h1>
      <p>{t('home.nothingYet')}</p>
      <p><a class="button secondary" href="/profile">{t('profiles.edit')}</a></p>
    </section>
  );
}
