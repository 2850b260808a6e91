/** What every screen needs: the database, this device, the learners on it and who is active. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SabilDatabase, LearnerRow } from '../../data/db';
import type { DeviceIdentity } from '../../data/device-repo';
import type { Language } from '../../core/languages/index';

export interface AppState {
  db: SabilDatabase;
  device: DeviceIdentity;
  deviceLanguage: Language;
  learners: LearnerRow[];
  activeLearner: LearnerRow | null;
  reloadLearners(): Promise<void>;
  /** Makes a learner active (after any PIN) and switches the interface to their language. */
  activate(learner: LearnerRow): Promise<void>;
  /** Back to the avatar grid; the interface returns to the device's language. */
  signOut(): Promise<void>;
  setDeviceLanguage(language: Language): Promise<void>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}
