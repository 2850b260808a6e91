import { useEffect, useState } from 'preact/hooks';
import { checkAnswer, type LearnerAnswer, type QuizBlock } from '../../core/pack/index';
import type { PackRow } from '../../data/db';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { beginActivity } from '../update/activity';
import { pick } from '../lessons/content-language';
import { AnswerInput } from './AnswerInput';
import { recordAnswer, recordQuizCompleted } from './quiz-session';

interface Props {
  pack: PackRow;
  lessonId: string;
  quiz: QuizBlock;
  lang: string;
  dir: 'rtl' | 'ltr';
  onClose(): void;
}

/** One question at a time, immediate kind feedback, a hint on request, stars at the end. */
export function QuizRunner({ pack, lessonId, quiz, lang, dir, onClose }: Props) {
  const { t } = useTranslation();
  const { db, activeLearner } = useApp();
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<LearnerAnswer | null>(null);
  const [attempt, setAttempt] = useState(1);
  const [verdict, setVerdict] = useState<boolean | null>(null);
  const [showHint, setShowHint] = useState(false);
  const [firstTryCorrect, setFirstTryCorrect] = useState(0);
  const [stars, setStars] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => beginActivity(), []);

  const item = quiz.items[index];
  if (!activeLearner || !item) return null;
  const learnerId = activeLearner.id;
  const isLast = index === quiz.items.length - 1;

  async function check() {
    if (!answer || !item) return;
    const correct = checkAnswer(item, answer, lang);
    setVerdict(correct);
    try {
      await recordAnswer(db, learnerId, {
        packId: pack.id, packVersion: pack.version, quizId: quiz.id, itemId: item.id, skills: item.skills, correct, attempt, answer,
      });
    } catch (failure) {
      setError(failure);
    }
    if (correct && attempt === 1) setFirstTryCorrect((n) => n + 1);
    if (!correct) setAttempt((n) => n + 1);
  }

  async function next() {
    if (isLast) {
      try {
        setStars(await recordQuizCompleted(db, learnerId, pack, lessonId, quiz, firstTryCorrect));
      } catch (failure) {
        setError(failure);
      }
      return;
    }
    setIndex(index + 1);
    setAnswer(null);
    setAttempt(1);
    setVerdict(null);
    setShowHint(false);
  }

  if (stars !== null) {
    return (
      <section class="stack quiz-result" aria-labelledby="quiz-result">
        <h1 id="quiz-result">{t('lessons.stars', { count: formatNumber(stars), max: formatNumber(3) })}</h1>
        <p class="stars" aria-hidden="true">{'★'.repeat(stars)}{'☆'.repeat(3 - stars)}</p>
        <p>{t('quiz.result', { right: formatNumber(firstTryCorrect), total: formatNumber(quiz.items.length) })}</p>
        <p><button type="button" class="button" onClick={onClose}>{t('quiz.backToLesson')}</button></p>
      </section>
    );
  }

  // After two wrong tries a child may move on: being stuck teaches nothing.
  const canMoveOn = verdict === true || attempt > 2;
  const feedback = verdict === null ? null : verdict ? pick(item.feedback?.correct, lang) || t('quiz.correct') : pick(item.feedback?.wrong, lang) || t('quiz.wrong');
  return (
    <section class="stack quiz" aria-labelledby="quiz-prompt">
      <p class="status-line">{t('quiz.question', { current: formatNumber(index + 1), total: formatNumber(quiz.items.length) })}</p>
      <div class="stack" lang={lang} dir={dir}>
        <h1 id="quiz-prompt">{pick(item.prompt, lang)}</h1>
        <AnswerInput key={item.id} item={item} lang={lang} answer={answer} disabled={verdict === true} onChange={(a) => { setAnswer(a); setVerdict(null); }} />
        {feedback && <p class={verdict ? 'notice' : 'alert'} role="status">{feedback}</p>}
        {showHint && item.hint && <p class="notice">{pick(item.hint, lang)}</p>}
      </div>
      <ErrorMessage error={error} />
      <div class="row">
        {verdict !== true && (
          <button type="button" class="button" disabled={!answer || verdict === false} onClick={() => void check()}>{t('quiz.check')}</button>
        )}
        {canMoveOn && (
          <button type="button" class={verdict === true ? 'button' : 'button secondary'} onClick={() => void next()}>{isLast ? t('quiz.finish') : t('quiz.next')}</button>
        )}
        {item.hint && !showHint && verdict !== true && (
          <button type="button" class="button secondary" onClick={() => setShowHint(true)}>{t('quiz.hint')}</button>
        )}
      </div>
    </section>
  );
}
