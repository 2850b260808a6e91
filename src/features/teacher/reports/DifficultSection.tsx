import { DIFFICULT_DEFAULTS, type DifficultQuestion } from '../../../core/reports/index';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { wrongAnswerText } from '../../reports/answer-text';
import { pickLocalized } from './pick-localized';
import { ReportSection } from './ReportSection';

function Question({ question, language }: { question: DifficultQuestion; language: string }) {
  const { t } = useTranslation();
  const prompt = pickLocalized(question.item?.prompt, language, question.itemId);
  return (
    <li class="stack report-question">
      <p class="report-prompt" lang={prompt.lang} dir={prompt.dir}>
        {prompt.text}{!question.item && <span class="hint"> ({t('reports.screen.notOnDevice')}: {question.packId})</span>}
      </p>
      <p>{t('reports.screen.wrongShare', { wrong: formatNumber(question.wrongFirstTries), total: formatNumber(question.firstTries) })}</p>
      <p class="hint">{t('reports.columns.wrongAnswers')}</p>
      <ul class="report-answers">
        {question.wrongAnswers.map((answer) => (
          <li key={answer.key}>
            {t('reports.difficult.answerCount', { answer: wrongAnswerText(answer, language), count: answer.count })}
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The items most often wrong at the first try, with the wrong answers given. Items with too few
 * answers to be ranked are shown apart as first signs, since a small class may never reach the bar.
 */
export function DifficultSection({ ranked, few, language }: { ranked: readonly DifficultQuestion[]; few: readonly DifficultQuestion[]; language: string }) {
  const { t } = useTranslation();
  const min = DIFFICULT_DEFAULTS.minAnswers;
  return (
    <ReportSection id="report-difficult" title={t('reports.captions.difficult')}>
      <p class="hint">{t('reports.screen.difficultRule', { count: min })}</p>
      {ranked.length === 0 && few.length === 0 && <p>{t('reports.difficult.none')}</p>}
      {ranked.length > 0 && (
        <ol class="stack report-questions">
          {ranked.map((question) => <Question key={`${question.packId}/${question.quizId}/${question.itemId}`} question={question} language={language} />)}
        </ol>
      )}
      {few.length > 0 && (
        <>
          <h3 id="report-difficult-few">{t('reports.screen.difficultFew', { count: min })}</h3>
          <ol class="stack report-questions" aria-labelledby="report-difficult-few">
            {few.map((question) => <Question key={`${question.packId}/${question.quizId}/${question.itemId}`} question={question} language={language} />)}
          </ol>
        </>
      )}
    </ReportSection>
  );
}
