import { useRoute } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ClassesSection } from './ClassesSection';
import { coordinatorApi } from './coordinator-api';
import { DevicesSection } from './DevicesSection';
import { EnrolmentSection } from './EnrolmentSection';
import { NeedsConnection } from './NeedsConnection';
import { SyncHealthSection } from './reports/SyncHealthSection';
import { RosterSection } from './RosterSection';
import { TeachersSection } from './TeachersSection';
import { useCoordinatorSession } from './use-coordinator-session';
import { useLoaded } from './use-loaded';

/** `/coordinator/schools/:schoolId`: one school's classes, teachers, enrolment codes, devices and rosters. */
export function SchoolScreen() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const schoolId = params['schoolId'] ?? '';
  const { session, call } = useCoordinatorSession();
  // There is no route for one school: the list is short and already filtered to the caller's.
  const school = useLoaded(() => coordinatorApi.listSchools(call).then((list) => list.find((s) => s.id === schoolId) ?? null), [call, schoolId]);
  const classes = useLoaded(() => coordinatorApi.listClasses(call, schoolId), [call, schoolId]);
  if (!session) return null;

  const classList = classes.value ?? [];
  return (
    <section aria-labelledby="school-title" class="coordinator">
      <p>
        <a href="/coordinator">{t('coordinator.school.back')}</a>
      </p>
      <h1 id="school-title">{school.value?.name ?? t('coordinator.school.title')}</h1>
      <NeedsConnection />
      <ErrorMessage error={school.error ?? classes.error} />
      {classes.value && (
        <>
          <ClassesSection schoolId={schoolId} classes={classes.value} call={call} reload={classes.reload} />
          <TeachersSection schoolId={schoolId} classes={classList} call={call} />
          <EnrolmentSection schoolId={schoolId} classes={classList} call={call} />
          <DevicesSection schoolId={schoolId} classes={classList} call={call} />
          <SyncHealthSection schoolId={schoolId} call={call} />
          <RosterSection classes={classList} call={call} />
        </>
      )}
    </section>
  );
}
