/**
 * Activities that an update must never interrupt (a lesson, a quiz, an import, a sync) register
 * here; the update banner waits until none is running.
 */
type Listener = (busy: boolean) => void;

let running = 0;
const listeners = new Set<Listener>();

function notify() {
  for (const listener of listeners) listener(running > 0);
}

/** Marks an activity as started; call the returned function exactly once when it ends. */
export function beginActivity(): () => void {
  running++;
  notify();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    running--;
    notify();
  };
}

export function isActivityRunning(): boolean {
  return running > 0;
}

export function onActivityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
