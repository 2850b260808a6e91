import { useMemo, useState } from 'preact/hooks';
import { MAX_ASSIGNMENT_TITLE, type AssignmentItem } from '../../../core/assignments/index';
import type { ReportLearner } from '../../../core/reports/index';
import type { PackRow, TeacherRow } from '../../../data/db';
import { createAssignment } from '../../../data/assignments-repo';
import { browserClock } from '../../../data/browser-clock';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { contentLanguage, pick } from '../../lessons/content-language';
import { useApp } from '../../shell/app-context';
import { buildAssignment, type FormProblem, type TargetKind } from './build-assignment';
import { LearnerTicks } from './LearnerTicks';

interface Props {
  teacher: TeacherRow;
  classId: string;
  packs: PackRow[];
  learners: readonly ReportLearner[];
  groups: ReadonlyMap<string, string[]>;
  onSaved(): Promise<void>;
}

const TARGETS: readonly TargetKind[] = ['class', 'group', 'learners'];

/** "New assignment": installed pack → lesson → the lesson or one of its quizzes; for whom; an optional due date. */
export function NewAssignmentForm({ teacher, classId, packs, learners, groups, onSaved }: Props) {
  const { t, language } = useTranslation();
  const { db } = useApp();
  const [packId, setPackId] = useState(packs[0]?.id ?? '');
  const [lessonId, setLessonId] = useState('');
  const [quizId, setQuizId] = useState('');
  const [targetKind, setTargetKind] = useState<TargetKind>('class');
  const [groupName, setGroupName] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [dueDay, setDueDay] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const pack = packs.find((p) => p.id === packId) ?? packs[0];
  const lessons = pack?.manifest.lessons ?? [];
  const lesson = lessons.find((l) => l.id === lessonId) ?? lessons[0];
  const quizzes = useMemo(() => lesson?.blocks.flatMap((b) => (b.type === 'quiz' ? [b.id] : [])) ?? [], [lesson]);
  const lang = pack ? contentLanguage(pack.manifest.languages, language).lang : language;
  const item: AssignmentItem | null = !pack || !lesson ? null
    : quizzes.includes(quizId) ? { kind: 'quiz', packId: pack.id, lessonId: lesson.id, quizId } : { kind: 'lesson', packId: pack.id, lessonId: lesson.id };

  function chooseGroupName(name: string) {
    setGroupName(name);
    const earlier = groups.get(name.trim());
    if (earlier) setTicked(earlier.filter((id) => learners.some((l) => l.id === id)));
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const built = buildAssignment({ classId, item, title: lesson ? pick(lesson.title, lang).slice(0, MAX_ASSIGNMENT_TITLE) : '', targetKind, groupName, ticked, dueDay });
    if (!built.ok) return setProblem(built.problem);
    setProblem(null);
    try {
      await createAssignment(db, built.assignment, teacher.userId, browserClock);
      setSaved(true);
      setTicked([]);
      setGroupName('');
      setDueDay('');
      await onSaved();
    } catch (failure) {
      setError(failure);
    }
  }

  if (!pack) return <p class="alert" role="alert">{t('assignments.problems.noPack')}</p>;
  return (
    <form class="stack assignment-form" aria-labelledby="new-assignment-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="new-assignment-title">{t('assignments.newTitle')}</h2>
      <div class="stack">
        <label for="assignment-pack">{t('assignments.form.pack')}</label>
        <select id="assignment-pack" value={pack.id} onChange={(e) => { setPackId(e.currentTarget.value); setLessonId(''); setQuizId(''); }}>
          {packs.map((p) => <option key={p.id} value={p.id}>{pick(p.manifest.title, contentLanguage(p.manifest.languages, language).lang)}</option>)}
        </select>
      </div>
      <div class="stack">
        <label for="assignment-lesson">{t('assignments.form.lesson')}</label>
        <select id="assignment-lesson" value={lesson?.id ?? ''} onChange={(e) => { setLessonId(e.currentTarget.value); setQuizId(''); }}>
          {lessons.map((l) => <option key={l.id} value={l.id} lang={lang}>{pick(l.title, lang)}</option>)}
        </select>
      </div>
      <div class="stack">
        <label for="assignment-what">{t('assignments.form.what')}</label>
        <select id="assignment-what" value={quizzes.includes(quizId) ? quizId : ''} onChange={(e) => setQuizId(e.currentTarget.value)}>
          <option value="">{t('assignments.form.wholeLesson')}</option>
          {quizzes.map((id, index) => <option key={id} value={id}>{t('assignments.form.quiz', { n: formatNumber(index + 1) })}</option>)}
        </select>
      </div>
      <fieldset class="stack">
        <legend>{t('assignments.form.forWhom')}</legend>
        {TARGETS.map((kind) => (
          <label key={kind} class="row">
            <input type="radio" name="assignment-target" value={kind} checked={targetKind === kind} onChange={() => setTargetKind(kind)} />
            {t(`assignments.form.${kind}`)}
          </label>
        ))}
      </fieldset>
      {targetKind === 'group' && (
        <div class="stack">
          <label for="assignment-group">{t('assignments.form.groupName')}</label>
          <input id="assignment-group" type="text" list="assignment-groups" value={groupName} maxLength={60} aria-describedby={groups.size > 0 ? 'assignment-groups-hint' : undefined}
            onInput={(e) => chooseGroupName(e.currentTarget.value)} />
          {groups.size > 0 && <span id="assignment-groups-hint" class="hint">{t('assignments.form.groupHint')}</span>}
          <datalist id="assignment-groups">
            {[...groups.keys()].map((name) => <option key={name} value={name} />)}
          </datalist>
        </div>
      )}
      {targetKind !== 'class' && <LearnerTicks learners={learners} ticked={ticked} onChange={setTicked} />}
      <div class="stack">
        <label for="assignment-due">{t('assignments.form.dueDay')}</label>
        <input id="assignment-due" type="date" value={dueDay} onInput={(e) => setDueDay(e.currentTarget.value)} />
      </div>
      {problem && <p class="alert" role="alert">{t(`assignments.problems.${problem}`)}</p>}
      <ErrorMessage error={error} />
      {saved && <p class="notice" role="status">{t('assignments.form.saved')}</p>}
      <p><button type="submit" class="button">{t('assignments.form.save')}</button></p>
    </form>
  );
}
