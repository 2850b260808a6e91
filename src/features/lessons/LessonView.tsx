import { useCallback, useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { directionOf } from '../../core/languages/index';
import type { PackRow } from '../../data/db';
import { getPack } from '../../data/pack-queries';
import { appendEvent } from '../../data/events-repo';
import { browserClock } from '../../data/browser-clock';
import { beginActivity } from '../update/activity';
import { contentLanguage, pick } from './content-language';
import { renderMarkdown } from './render-markdown';
import { AudioBlock, ImageBlock, VideoBlock } from './MediaBlocks';
import { QuizRunner } from '../quiz/QuizRunner';

/** One lesson: text, pictures, sound, video and its quiz, in the lesson's own language and direction. */
export function LessonView() {
  const { t } = useTranslation();
  const { params, query } = useRoute();
  const { db, activeLearner } = useApp();
  const [pack, setPack] = useState<PackRow | null | undefined>(undefined);
  const [quizId, setQuizId] = useState<string | null>(null);
  const [isFinished, setFinished] = useState(false);

  useEffect(() => void getPack(db, params['packId'] ?? '').then(setPack, () => setPack(null)), [params['packId']]);
  useEffect(() => beginActivity(), []); // no update takes over in the middle of a lesson
  // An assigned quiz (`?quiz=<id>` from "Assigned to you") puts its start button in view and in focus.
  const focusAssignedQuiz = useCallback((button: HTMLButtonElement | null) => {
    button?.scrollIntoView({ block: 'center' });
    button?.focus();
  }, []);

  if (!activeLearner) return null;
  const lesson = pack?.manifest.lessons.find((l) => l.id === params['lessonId']);
  if (pack === undefined) return null;
  if (!pack || !lesson) return <p class="alert" role="alert">{t('lessons.missing')}</p>;
  const { lang, dir } = contentLanguage(pack.manifest.languages, activeLearner.language);
  const quiz = lesson.blocks.find((b) => b.type === 'quiz' && b.id === quizId);

  if (quiz && quiz.type === 'quiz') {
    return <QuizRunner pack={pack} lessonId={lesson.id} quiz={quiz} lang={lang} dir={dir} onClose={() => setQuizId(null)} />;
  }

  async function finish() {
    if (!activeLearner || !pack || !lesson) return;
    await appendEvent(db, { learnerId: activeLearner.id, type: 'lesson.completed', data: { packId: pack.id, packVersion: pack.version, lessonId: lesson.id } }, browserClock);
    setFinished(true);
  }

  return (
    <article class="stack lesson" lang={lang} dir={dir} aria-labelledby="lesson-title">
      <p lang={activeLearner.language} dir={directionOf(activeLearner.language)}><a href="/home">{t('lessons.back')}</a></p>
      <h1 id="lesson-title">{pick(lesson.title, lang)}</h1>
      {lesson.blocks.map((block, index) => {
        switch (block.type) {
          case 'text':
            return <div key={index} class="lesson-text" dangerouslySetInnerHTML={{ __html: renderMarkdown(pick(block.markdown, lang)) }} />;
          case 'image':
            return <ImageBlock key={index} db={db} pack={pack} lang={lang} file={block.file} alt={block.alt} />;
          case 'audio':
            return <AudioBlock key={index} db={db} pack={pack} lang={lang} files={block.files} transcript={block.transcript} />;
          case 'video':
            return <VideoBlock key={index} db={db} pack={pack} lang={lang} file={block.file} caption={block.caption} />;
          case 'quiz':
            return (
              <p key={index}>
                <button type="button" class="button" ref={block.id === query['quiz'] ? focusAssignedQuiz : undefined} onClick={() => setQuizId(block.id)}>{t('lessons.startQuiz')}</button>
              </p>
            );
        }
      })}
      <p>
        {isFinished ? (
          <span class="notice" role="status">{t('lessons.completed')}</span>
        ) : (
          <button type="button" class="button secondary" onClick={() => void finish()}>{t('lessons.finished')}</button>
        )}
      </p>
    </article>
  );
}
