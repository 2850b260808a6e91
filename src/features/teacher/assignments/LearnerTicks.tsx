import type { ReportLearner } from '../../../core/reports/index';
import { useTranslation } from '../../../i18n/use-translation';

interface Props {
  learners: readonly ReportLearner[];
  ticked: readonly string[];
  onChange(ticked: string[]): void;
}

/** One tick per learner of the class, for a group or chosen learners. */
export function LearnerTicks({ learners, ticked, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset class="stack assignment-ticks">
      <legend>{t('assignments.form.pickLearners')}</legend>
      {learners.map((learner) => (
        <label key={learner.id} class="row">
          <input type="checkbox" checked={ticked.includes(learner.id)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...ticked, learner.id] : ticked.filter((id) => id !== learner.id))} />
          {learner.displayName}
        </label>
      ))}
    </fieldset>
  );
}
