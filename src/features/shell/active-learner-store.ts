/**
 * Remembers the active learner for this tab only (sessionStorage): a reload keeps the child where
 * they were, but a new launch of the app always starts at the avatar grid, so nobody lands in
 * someone else's profile.
 */
const KEY = 'sabil.activeLearner';

export function readActiveLearnerId(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: the child simply picks their avatar again
  }
}

export function writeActiveLearnerId(id: string | null): void {
  try {
    if (id === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, id);
  } catch {
    // Not remembering across a reload is acceptable; the data itself lives in IndexedDB.
  }
}
