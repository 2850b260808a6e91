/**
 * Start-up: open the device database, pick the language to show, render. If storage cannot be
 * opened (private window, storage disabled, full disk) the child still gets a clear sentence in
 * their language instead of a blank page.
 */
import { render } from 'preact';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import './ui/styles.css';
import { pickDefaultLanguage } from './core/languages/index';
import { SabilDatabase } from './data/db';
import { ensureDeviceIdentity, getDeviceLanguage } from './data/device-repo';
import { listLearners } from './data/learners-repo';
import { toStorageError } from './data/storage-errors';
import { browserClock } from './data/browser-clock';
import { initI18n } from './i18n/i18n';
import { App } from './features/shell/App';
import { StartupError } from './features/shell/StartupError';
import { readActiveLearnerId } from './features/shell/active-learner-store';
import { registerServiceWorker } from './features/update/service-worker';
import { requestPersistentStorage } from './features/device/storage-info';

async function start(root: HTMLElement): Promise<void> {
  const browserLanguage = pickDefaultLanguage(navigator.languages ?? []);
  let db: SabilDatabase;
  try {
    db = new SabilDatabase();
    await db.open();
  } catch (failure) {
    await initI18n(browserLanguage);
    render(<StartupError error={toStorageError(failure)} />, root);
    return;
  }
  try {
    const device = await ensureDeviceIdentity(db, browserClock.newId, browserClock.now());
    const deviceLanguage = await getDeviceLanguage(db);
    const learners = await listLearners(db);
    const activeId = readActiveLearnerId();
    const activeLearner = learners.find((l) => l.id === activeId) ?? null;
    await initI18n(activeLearner?.language ?? deviceLanguage ?? browserLanguage);
    render(<App db={db} device={device} deviceLanguage={deviceLanguage} learners={learners} activeLearner={activeLearner} />, root);
  } catch (failure) {
    await initI18n(browserLanguage);
    render(<StartupError error={toStorageError(failure)} />, root);
  }
}

const root = document.getElementById('app');
if (root) {
  void start(root);
  registerServiceWorker();
  void requestPersistentStorage().catch(() => false);
}
