import type { LearnerAnswer, QuizItem } from '../../core/pack/index';
import { MAX_ANSWER_TEXT } from '../../core/events/index';
import { useTranslation } from '../../i18n/use-translation';
import { pick } from '../lessons/content-language';

interface Props {
  item: QuizItem;
  lang: string;
  answer: LearnerAnswer | null;
  disabled: boolean;
  onChange(answer: LearnerAnswer): void;
}

/** The control that fits the item: big choice buttons, a number or word field, or a list to order. */
export function AnswerInput({ item, lang, answer, disabled, onChange }: Props) {
  const { t } = useTranslation();
  switch (item.type) {
    case 'single': {
      const chosen = answer?.type === 'single' ? answer.choice : null;
      return (
        <div class="choice-grid" role="radiogroup" aria-label={t('quiz.chooseOne')}>
          {item.choices.map((c) => (
            <button key={c.id} type="button" role="radio" class="avatar-card" aria-checked={chosen === c.id} disabled={disabled}
              onClick={() => onChange({ type: 'single', choice: c.id })}>{pick(c.text, lang)}</button>
          ))}
        </div>
      );
    }
    case 'multiple': {
      const chosen = answer?.type === 'multiple' ? answer.choices : [];
      return (
        <div class="choice-grid" role="group" aria-label={t('quiz.chooseAll')}>
          {item.choices.map((c) => (
            <button key={c.id} type="button" role="checkbox" class="avatar-card" aria-checked={chosen.includes(c.id)} disabled={disabled}
              onClick={() => onChange({ type: 'multiple', choices: chosen.includes(c.id) ? chosen.filter((x) => x !== c.id) : [...chosen, c.id] })}>
              {pick(c.text, lang)}
            </button>
          ))}
        </div>
      );
    }
    case 'numeric':
    case 'text': {
      const value = answer && (answer.type === 'numeric' || answer.type === 'text') ? answer.input : '';
      return (
        <p class="stack">
          <label for={`answer-${item.id}`}>{t('quiz.yourAnswer')}</label>
          <input id={`answer-${item.id}`} type="text" inputMode={item.type === 'numeric' ? 'decimal' : 'text'} autoComplete="off" maxLength={MAX_ANSWER_TEXT}
            value={value} disabled={disabled} onInput={(e) => onChange({ type: item.type, input: e.currentTarget.value })} />
        </p>
      );
    }
    case 'ordering': {
      const order = answer?.type === 'ordering' ? answer.order : item.choices.map((c) => c.id);
      const textOf = (id: string) => pick(item.choices.find((c) => c.id === id)?.text, lang);
      const move = (from: number, to: number) => {
        const next = [...order];
        const [moved] = next.splice(from, 1);
        if (moved !== undefined) next.splice(to, 0, moved);
        onChange({ type: 'ordering', order: next });
      };
      return (
        <ol class="order-list" aria-label={t('quiz.putInOrder')}>
          {order.map((id, index) => (
            <li key={id} class="row">
              <span class="order-text">{textOf(id)}</span>
              <button type="button" class="button secondary" disabled={disabled || index === 0} aria-label={t('quiz.moveUp', { item: textOf(id) })} onClick={() => move(index, index - 1)}>↑</button>
              <button type="button" class="button secondary" disabled={disabled || index === order.length - 1} aria-label={t('quiz.moveDown', { item: textOf(id) })} onClick={() => move(index, index + 1)}>↓</button>
            </li>
          ))}
        </ol>
      );
    }
  }
}
