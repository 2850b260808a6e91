import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { LocationProvider, Router, Route, lazy } from 'preact-iso';
import type { SabilDatabase, LearnerRow } from '../../data/db';
import type { DeviceIdentity } from '../../data/device-repo';
import { setDeviceLanguage as saveDeviceLanguage } from '../../data/device-repo';
import { listLearners } from '../../data/learners-repo';
import type { Language } from '../../core/languages/index';
import { useLanguage } from '../../i18n/i18n';
import { AppContext, type AppState } from './app-context';
import { writeActiveLearnerId } from './active-learner-store';
import { Header } from './Header';
import { LanguageChooser } from '../language/LanguageChooser';
import { ProfileGrid } from '../profiles/ProfileGrid';
import { PinEntry } from '../profiles/PinEntry';
import { LearnerHome } from '../home/LearnerHome';
import { UpdateBanner } from '../update/UpdateBanner';
import { DeviceRevokedBanner } from '../enrol/DeviceRevokedBanner';
import { beginActivity } from '../update/activity';
import { useTranslation } from '../../i18n/use-translation';
import { lazyWithTexts } from '../../i18n/lazy-with-texts';

// Screens a child does not need on the first screen load on demand.
const LearnerForm = lazy(() => import('../profiles/LearnerForm').then((m) => m.LearnerForm));
const DeviceScreen = lazy(() => import('../device/DeviceScreen').then((m) => m.DeviceScreen));
const LibraryScreen = lazy(() => import('../library/LibraryScreen').then((m) => m.LibraryScreen));
const LessonView = lazy(() => import('../lessons/LessonView').then((m) => m.LessonView));
// Staff screens: sign-in, the coordinator's (online), the teacher's (offline once signed in), enrolment.
// The coordinator's and the teacher's load their texts with them (i18n/lazy-with-texts.ts).
const COORDINATOR_TEXTS = ['coordinator', 'school-reports'] as const;
const SignInScreen = lazy(() => import('../staff/SignInScreen').then((m) => m.SignInScreen));
const CoordinatorHome = lazyWithTexts(() => import('../coordinator/CoordinatorHome').then((m) => m.CoordinatorHome), COORDINATOR_TEXTS);
const SchoolScreen = lazyWithTexts(() => import('../coordinator/SchoolScreen').then((m) => m.SchoolScreen), COORDINATOR_TEXTS);
const AuditScreen = lazyWithTexts(() => import('../coordinator/AuditScreen').then((m) => m.AuditScreen), COORDINATOR_TEXTS);
const ReportsScreen = lazyWithTexts(() => import('../coordinator/reports/ReportsScreen').then((m) => m.ReportsScreen), COORDINATOR_TEXTS);
const SyncHealthScreen = lazyWithTexts(() => import('../coordinator/reports/SyncHealthScreen').then((m) => m.SyncHealthScreen), COORDINATOR_TEXTS);
const EnrolScreen = lazy(() => import('../enrol/EnrolScreen').then((m) => m.EnrolScreen));
const TeacherHome = lazyWithTexts(() => import('../teacher/TeacherHome').then((m) => m.TeacherHome), ['teacher', 'reports']);

export interface AppProps {
  db: SabilDatabase;
  device: DeviceIdentity;
  deviceLanguage: Language | null;
  learners: LearnerRow[];
  activeLearner: LearnerRow | null;
}

export function App(props: AppProps) {
  const { t } = useTranslation();
  const [learners, setLearners] = useState(props.learners);
  const [activeLearner, setActiveLearner] = useState(props.activeLearner);
  const [deviceLanguage, setDeviceLanguageState] = useState(props.deviceLanguage);

  // Sync starts once per page, in the background, when the first screen has drawn: its code
  // (≈ 7 KB gzipped) is not part of what a child waits for.
  useEffect(() => {
    let stop: (() => void) | null = null;
    let isUnmounted = false;
    const begin = () =>
      void import('../../sync/start-sync').then(({ startSyncScheduler }) => {
        if (!isUnmounted) stop = startSyncScheduler(props.db, { beginActivity });
      });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: 3_000 });
    else setTimeout(begin, 1_000);
    return () => {
      isUnmounted = true;
      stop?.();
    };
  }, [props.db]);

  const reloadLearners = useCallback(async () => {
    const fresh = await listLearners(props.db);
    setLearners(fresh);
    setActiveLearner((current) => (current ? fresh.find((l) => l.id === current.id) ?? null : null));
    const current = activeLearner && fresh.find((l) => l.id === activeLearner.id);
    if (current) await useLanguage(current.language);
  }, [props.db, activeLearner]);

  const state = useMemo<AppState | null>(() => {
    if (!deviceLanguage) return null;
    return {
      db: props.db,
      device: props.device,
      deviceLanguage,
      learners,
      activeLearner,
      reloadLearners,
      async activate(learner) {
        writeActiveLearnerId(learner.id);
        await useLanguage(learner.language);
        setActiveLearner(learner);
      },
      async signOut() {
        writeActiveLearnerId(null);
        setActiveLearner(null);
        await useLanguage(deviceLanguage);
        location.assign('/');
      },
      async setDeviceLanguage(language) {
        await saveDeviceLanguage(props.db, language);
        setDeviceLanguageState(language);
        if (!activeLearner) await useLanguage(language);
      },
    };
  }, [props.db, props.device, deviceLanguage, learners, activeLearner, reloadLearners]);

  if (!state) {
    return (
      <main id="main">
        <LanguageChooser
          onChosen={async (language) => {
            await saveDeviceLanguage(props.db, language);
            await useLanguage(language);
            setDeviceLanguageState(language);
          }}
        />
      </main>
    );
  }

  return (
    <AppContext.Provider value={state}>
      <LocationProvider>
        <a class="skip-link" href="#main">{t('app.skipToContent')}</a>
        <Header />
        <main id="main" tabIndex={-1}>
          <Router>
            <Route path="/" component={ProfileGrid} />
            <Route path="/learners/new" component={LearnerForm} />
            <Route path="/learners/:id/pin" component={PinEntry} />
            <Route path="/profile" component={LearnerForm} />
            <Route path="/home" component={LearnerHome} />
            <Route path="/device" component={DeviceScreen} />
            <Route path="/library" component={LibraryScreen} />
            <Route path="/packs/:packId/lessons/:lessonId" component={LessonView} />
            <Route path="/sign-in" component={SignInScreen} />
            <Route path="/coordinator" component={CoordinatorHome} />
            <Route path="/coordinator/schools/:schoolId" component={SchoolScreen} />
            <Route path="/coordinator/audit" component={AuditScreen} />
            <Route path="/coordinator/reports" component={ReportsScreen} />
            <Route path="/coordinator/sync-health" component={SyncHealthScreen} />
            <Route path="/enrol" component={EnrolScreen} />
            <Route path="/teacher" component={TeacherHome} />
            <Route path="/teacher/*" component={TeacherHome} />
            <Route default component={ProfileGrid} />
          </Router>
        </main>
        <DeviceRevokedBanner />
        <UpdateBanner />
      </LocationProvider>
    </AppContext.Provider>
  );
}
