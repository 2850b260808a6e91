import type { AssignmentItem, LearnerAssignment } from '../../core/assignments/index';
import type { LearnerRow, PackRow } from '../../data/db';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { contentLanguage, pick } from '../lessons/content-language';
import { useApp } from '../shell/app-context';
import { formatDay } from '../teacher/reports/format-day';
import { deviceToday, useLearnerAssignments } from './use-learner-assignments';

interface Props {
  learner: LearnerRow;
  packs: PackRow[] | null;
}

/** The lesson to open: a quiz opens its lesson with that quiz's start button in focus. */
function itemHref(item: AssignmentItem): string {
  const lesson = `/packs/${encodeURIComponent(item.packId)}/lessons/${encodeURIComponent(item.lessonId)}`;
  return item.kind === 'quiz' ? `${lesson}?quiz=${encodeURIComponent(item.quizId)}` : lesson;
}

/**
 * First on the learner's home: what the teacher assigned and the child has not done, a quiz open
 * for the class now on top. A quiz the class has ended is shown but not offered. The three newest
 * done ones stay below, marked done (docs/assignments.md, "On the device").
 */
export function AssignedToYou({ learner, packs }: Props) {
  const { t, language } = useTranslation();
  const { db } = useApp();
  const { list, error } = useLearnerAssignments(db, learner);
  if (error) return <ErrorMessage error={error} />;
  if (!list || (list.todo.length === 0 && list.done.length === 0)) return null;
  const today = deviceToday();

  const title = (entry: LearnerAssignment) => {
    const { item } = entry.assignment;
    const pack = packs?.find((p) => p.id === item.packId);
    const lesson = pack?.manifest.lessons.find((l) => l.id === item.lessonId);
    if (!pack || !lesson) return { text: entry.assignment.title, lang: undefined };
    const { lang } = contentLanguage(pack.manifest.languages, learner.language);
    return { text: pick(lesson.title, lang), lang };
  };

  const when = (entry: LearnerAssignment) => {
    const { dueDay } = entry.assignment;
    if (dueDay === null) return null;
    if (entry.isOverdue) return t('assignments.learner.overdue', { day: formatDay(dueDay, language) });
    return dueDay === today ? t('assignments.learner.dueToday') : t('assignments.learner.due', { day: formatDay(dueDay, language) });
  };

  const card = (entry: LearnerAssignment, isDone: boolean) => {
    const { text, lang } = title(entry);
    const { item } = entry.assignment;
    const notes = [
      item.kind === 'quiz' ? t('assignments.learner.quiz') : null,
      isDone ? t('assignments.learner.done') : entry.isEnded ? t('assignments.learner.ended') : when(entry),
    ].filter((note): note is string => note !== null);
    const body = (
      <>
        {entry.isOpenNow && !isDone && <span class="assignment-open-now">{t('assignments.learner.openNow')}</span>}
        <span lang={lang}>{text}</span>
        {notes.length > 0 && <span class={entry.isOverdue && !isDone ? 'hint assignment-late' : 'hint'}>{notes.join(' · ')}</span>}
      </>
    );
    return (
      <li key={entry.assignment.id}>
        {entry.isEnded || isDone
          ? <div class="avatar-card assignment-card is-inactive">{body}</div>
          : <a class={entry.isOpenNow ? 'avatar-card assignment-card is-open-now' : 'avatar-card assignment-card'} href={itemHref(item)}>{body}</a>}
      </li>
    );
  };

  return (
    <section aria-labelledby="assigned-title" class="stack assigned-to-you">
      <h2 id="assigned-title">{t('assignments.learner.title')}</h2>
      {list.todo.length > 0 && <ul class="avatar-grid">{list.todo.map((entry) => card(entry, false))}</ul>}
      {list.done.length > 0 && (
        <>
          <h3 id="assigned-done-title">{t('assignments.learner.doneTitle')}</h3>
          <ul class="avatar-grid" aria-labelledby="assigned-done-title">{list.done.map((entry) => card(entry, true))}</ul>
        </>
      )}
    </section>
  );
}
