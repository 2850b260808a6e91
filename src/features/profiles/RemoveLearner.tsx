import { useState } from 'preact/hooks';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { removeLearner } from '../../data/learners-repo';
import type { LearnerRow } from '../../data/db';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** Removing a learner deletes their progress on this device, so it always asks first. */
export function RemoveLearner({ learner }: { learner: LearnerRow }) {
  const { t } = useTranslation();
  const { db, reloadLearners, signOut } = useApp();
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    try {
      await removeLearner(db, learner.id);
      await reloadLearners();
      await signOut();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section class="stack danger-zone">
      {!isConfirming ? (
        <p><button type="button" class="button danger" onClick={() => setConfirming(true)}>{t('profiles.remove')}</button></p>
      ) : (
        <div role="alertdialog" aria-labelledby="remove-question" class="alert stack">
          <p id="remove-question">{t('profiles.removeConfirm', { name: learner.displayName })}</p>
          <div class="row">
            <button type="button" class="button danger" onClick={() => void confirm()}>{t('profiles.removeYes')}</button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>{t('profiles.removeNo')}</button>
          </div>
        </div>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
