import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { coordinatorApi, type CallCoordinatorApi, type RosterLearner, type SchoolClass } from './coordinator-api';
import { RosterImport } from './RosterImport';
import { useLoaded } from './use-loaded';

/** One array for "not loaded yet", so the CSV preview is not worked out again at every render. */
const NO_LEARNERS: RosterLearner[] = [];

interface Props {
  classes: SchoolClass[];
  call: CallCoordinatorApi;
}

/** One class's roster at a time: its learners, and importing more from a CSV file. */
export function RosterSection({ classes, call }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const classId = classes.some((c) => c.id === chosen) ? chosen : classes[0]?.id ?? '';
  const learners = useLoaded(() => (classId ? coordinatorApi.listLearners(call, classId) : Promise.resolve([])), [call, classId]);

  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">{t('coordinator.roster.title')}</h2>
      {classes.length === 0 ? (
        <p>{t('coordinator.roster.noClass')}</p>
      ) : (
        <div class="stack">
          <div class="stack">
            <label for="roster-class">{t('coordinator.roster.class')}</label>
            <select id="roster-class" value={classId} onChange={(event) => setChosen(event.currentTarget.value)}>
              {classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
          <ErrorMessage error={learners.error} />
          {learners.value && (
            <div>
              <h3 id="roster-learners-title">{t('coordinator.roster.learners', { count: learners.value.length })}</h3>
              {learners.value.length > 0 && (
                <ul class="learner-list" aria-labelledby="roster-learners-title">
                  {learners.value.map((l) => <li key={l.id}>{l.displayName}</li>)}
                </ul>
              )}
            </div>
          )}
          <h3>{t('coordinator.roster.importTitle')}</h3>
          <RosterImport key={classId} classId={classId} learners={learners.value ?? NO_LEARNERS} call={call} onImported={learners.reload} />
        </div>
      )}
    </section>
  );
}
