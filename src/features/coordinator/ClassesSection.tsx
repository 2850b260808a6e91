import { useTranslation } from '../../i18n/use-translation';
import { coordinatorApi, type CallCoordinatorApi, type SchoolClass } from './coordinator-api';
import { NameForm } from './NameForm';

interface Props {
  schoolId: string;
  classes: SchoolClass[] | undefined;
  call: CallCoordinatorApi;
  reload: () => Promise<void>;
}

/** The school's classes and adding one. */
export function ClassesSection({ schoolId, classes, call, reload }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="classes-title">
      <h2 id="classes-title">{t('coordinator.classes.title')}</h2>
      {classes?.length === 0 && <p>{t('coordinator.classes.none')}</p>}
      {classes && classes.length > 0 && (
        <ul class="stack">
          {classes.map((schoolClass) => <li key={schoolClass.id}>{schoolClass.name}</li>)}
        </ul>
      )}
      <h3>{t('coordinator.classes.add')}</h3>
      <NameForm
        label={t('coordinator.classes.name')}
        action={t('coordinator.classes.add')}
        submit={async (name) => {
          await coordinatorApi.createClass(call, schoolId, name);
          await reload();
        }}
      />
    </section>
  );
}
