import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';
import { usePacks } from '../lessons/use-packs';
import { useLearnerProgress } from '../lessons/use-learner-progress';
import { contentLanguage, pick } from '../lessons/content-language';
import { SkillList } from './SkillList';
import { AssignedToYou } from './AssignedToYou';

/** The learner's own page: what is assigned to them first, then every lesson on the device, with what they have done. */
export function LearnerHome() {
  const { t } = useTranslation();
  const { db, activeLearner } = useApp();
  const { route } = useLocation();
  const packs = usePacks(db);
  const progress = useLearnerProgress(db, activeLearner?.id);
  useEffect(() => {
    if (!activeLearner) route('/', true);
  }, [activeLearner]);
  if (!activeLearner) return null;

  return (
    <section aria-labelledby="home-title" class="stack">
      <h1 id="home-title">{t('home.greeting', { name: activeLearner.displayName })}</h1>
      <AssignedToYou learner={activeLearner} packs={packs} />
      {packs?.length === 0 && <p>{t('lessons.noPacks')}</p>}
      {packs?.map((pack) => {
        const { lang, dir } = contentLanguage(pack.manifest.languages, activeLearner.language);
        return (
          <section key={pack.id} lang={lang} dir={dir} aria-labelledby={`pack-${pack.id}`}>
            <h2 id={`pack-${pack.id}`}>{pick(pack.manifest.title, lang)}</h2>
            <ul class="avatar-grid">
              {pack.manifest.lessons.map((lesson) => {
                const isDone = progress?.completedLessons.has(`${pack.id}/${lesson.id}`) ?? false;
                const quiz = lesson.blocks.find((b) => b.type === 'quiz');
                const stars = quiz ? progress?.bestStars.get(`${pack.id}/${quiz.id}`) : undefined;
                return (
                  <li key={lesson.id}>
                    <a class="avatar-card" href={`/packs/${encodeURIComponent(pack.id)}/lessons/${encodeURIComponent(lesson.id)}`}>
                      <span>{pick(lesson.title, lang)}</span>
                      <span class="hint" lang={activeLearner.language}>
                        {stars ? t('lessons.stars', { count: formatNumber(stars), max: formatNumber(3) }) : isDone ? t('lessons.completed') : t('lessons.notStarted')}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
            <div lang={activeLearner.language}><SkillList pack={pack} lang={lang} progress={progress} /></div>
          </section>
        );
      })}
      <p><a class="button secondary" href="/profile">{t('profiles.edit')}</a></p>
    </section>
  );
}
