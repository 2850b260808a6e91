import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AddTeacherForm } from './AddTeacherForm';
import { ConfirmButton } from './ConfirmButton';
import { EnableButton } from './EnableButton';
import { coordinatorApi, type CallCoordinatorApi, type NewTeacher, type SchoolClass } from './coordinator-api';
import { NewPassword } from './NewPassword';
import { useLoaded } from './use-loaded';

interface Props {
  schoolId: string;
  classes: SchoolClass[];
  call: CallCoordinatorApi;
}

/** The school's teachers with their classes, adding one (and showing their password once), disabling one and enabling them again. */
export function TeachersSection({ schoolId, classes, call }: Props) {
  const { t } = useTranslation();
  const teachers = useLoaded(() => coordinatorApi.listTeachers(call, schoolId), [call, schoolId]);
  const [created, setCreated] = useState<NewTeacher | null>(null);
  const className = (id: string) => classes.find((c) => c.id === id)?.name ?? id;

  return (
    <section aria-labelledby="teachers-title">
      <h2 id="teachers-title">{t('coordinator.teachers.title')}</h2>
      <ErrorMessage error={teachers.error} />
      {teachers.value?.length === 0 && <p>{t('coordinator.teachers.none')}</p>}
      {teachers.value && teachers.value.length > 0 && (
        <ul class="stack cards">
          {teachers.value.map((teacher) => (
            <li key={teacher.id} class="card stack">
              <p class="row">
                <strong>{teacher.displayName}</strong>
                <span dir="ltr">{teacher.login}</span>
                {teacher.disabled && <span class="tag">{t('coordinator.teachers.disabled')}</span>}
              </p>
              <p>
                {teacher.classIds.length === 0
                  ? t('coordinator.teachers.noClasses')
                  : t('coordinator.teachers.teaches', { classes: teacher.classIds.map(className).join(t('coordinator.listSeparator')) })}
              </p>
              {teacher.disabled ? (
                <EnableButton teacher={teacher} call={call} onDone={teachers.reload} />
              ) : (
                <ConfirmButton
                  action={t('coordinator.teachers.disable', { name: teacher.displayName })}
                  question={t('coordinator.teachers.disableQuestion', { name: teacher.displayName })}
                  confirm={t('coordinator.teachers.disableYes')}
                  run={async () => {
                    await coordinatorApi.disableTeacher(call, teacher.id);
                    await teachers.reload();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('coordinator.teachers.add')}</h3>
      {created ? (
        <NewPassword teacher={created} onDone={() => setCreated(null)} />
      ) : (
        <AddTeacherForm
          schoolId={schoolId}
          classes={classes}
          call={call}
          onAdded={(teacher) => {
            setCreated(teacher);
            void teachers.reload();
          }}
        />
      )}
    </section>
  );
}
