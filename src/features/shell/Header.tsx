import { useApp } from './app-context';
import { useTranslation } from '../../i18n/use-translation';
import { Avatar } from '../../ui/Avatar';
import { useOnline } from './use-online';

export function Header() {
  const { t } = useTranslation();
  const { activeLearner, signOut } = useApp();
  const isOnline = useOnline();
  return (
    <header class="app-header">
      <a class="brand" href={activeLearner ? '/home' : '/'}>{t('app.name')}</a>
      <span class="visually-hidden" role="status">{isOnline ? t('offline.online') : t('offline.offline')}</span>
      <nav aria-label={t('nav.main')} class="row">
        {activeLearner && (
          <span class="who">
            <Avatar avatar={activeLearner.avatar} small />
            <span class="name">{activeLearner.displayName}</span>
          </span>
        )}
        {activeLearner && (
          <button type="button" class="button on-dark" onClick={() => void signOut()}>
            {t('nav.switchLearner')}
          </button>
        )}
        <a class="button on-dark" href="/library">{t('library.title')}</a>
        <a class="button on-dark" href="/device">{t('nav.device')}</a>
      </nav>
    </header>
  );
}
