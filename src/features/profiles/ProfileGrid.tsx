import { useLocation } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { Avatar } from '../../ui/Avatar';
import type { LearnerRow } from '../../data/db';

/** "Who is learning?": big avatars a six-year-old finds by picture; one tap to start. */
export function ProfileGrid() {
  const { t } = useTranslation();
  const { learners, activate } = useApp();
  const { route } = useLocation();

  async function pick(learner: LearnerRow) {
    if (learner.pin) {
      route(`/learners/${learner.id}/pin`);
      return;
    }
    await activate(learner);
    route('/home');
  }

  return (
    <section aria-labelledby="profiles-title">
      <h1 id="profiles-title">{t('profiles.title')}</h1>
      {learners.length === 0 && <p>{t('profiles.empty')}</p>}
      <ul class="avatar-grid">
        {learners.map((learner) => (
          <li key={learner.id}>
            <button type="button" class="avatar-card" aria-label={t('profiles.pick', { name: learner.displayName })} onClick={() => void pick(learner)}>
              <Avatar avatar={learner.avatar} />
              <span lang={learner.language}>{learner.displayName}</span>
            </button>
          </li>
        ))}
        <li>
          <a class="avatar-card add" href="/learners/new">
            <span aria-hidden="true" class="avatar-img add-icon">+</span>
            <span>{t('profiles.add')}</span>
          </a>
        </li>
      </ul>
      <p class="staff-link"><a href="/teacher">{t('staff.staffLink')}</a></p>
    </section>
  );
}
