import { useEffect, useState } from 'preact/hooks';
import { lazy, useLocation } from 'preact-iso';
import type { TeacherRow } from '../../data/db';
import { listTeachers } from '../../data/teachers-repo';
import { useApp } from '../shell/app-context';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { readActiveTeacherId, writeActiveTeacherId } from './active-teacher';
import { TeacherUnlock } from './TeacherUnlock';
import { TeacherView } from './TeacherView';

// The reports and their charts load only when a teacher opens them.
const ClassReportsScreen = lazy(() => import('./reports/ClassReportsScreen').then((m) => m.ClassReportsScreen));
const REPORTS_PATH = /^\/teacher\/classes\/([^/]+)\/reports\/?$/;
const AssignmentsScreen = lazy(() => import('./assignments/AssignmentsScreen').then((m) => m.AssignmentsScreen));
const ASSIGNMENTS_PATH = /^\/teacher\/classes\/([^/]+)\/assignments\/?$/;

/** `/teacher`: the unlock screen, or the open teacher view of this tab's teacher (or one of her classes' reports). */
export function TeacherHome() {
  const { db } = useApp();
  const { route, path } = useLocation();
  const [teachers, setTeachers] = useState<TeacherRow[] | null>(null);
  const [activeId, setActiveId] = useState(readActiveTeacherId);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listTeachers(db).then(setTeachers, setError);
  }, [db, activeId]);

  if (error) return <ErrorMessage error={error} />;
  if (!teachers) return null;
  const active = teachers.find((k) => k.userId === activeId);

  if (!active) {
    return (
      <TeacherUnlock teachers={teachers} onUnlocked={(teacher) => {
        writeActiveTeacherId(teacher.userId);
        setActiveId(teacher.userId);
      }} />
    );
  }
  const reportsOf = REPORTS_PATH.exec(path)?.[1];
  if (reportsOf) return <ClassReportsScreen teacher={active} classId={decodeURIComponent(reportsOf)} />;
  const assignmentsOf = ASSIGNMENTS_PATH.exec(path)?.[1];
  if (assignmentsOf) return <AssignmentsScreen teacher={active} classId={decodeURIComponent(assignmentsOf)} />;
  return (
    <TeacherView teacher={active} onLeave={() => {
      writeActiveTeacherId(null);
      setActiveId(null);
      route('/');
    }} />
  );
}
