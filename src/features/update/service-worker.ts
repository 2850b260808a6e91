/**
 * Registers the service worker with workbox-window. A new version installs in the background and
 * then waits; it takes over only when the user accepts, after which the page reloads once.
 */
import { Workbox } from 'workbox-window';

type WaitingListener = (waiting: boolean) => void;

let workbox: Workbox | null = null;
let waiting = false;
let hasAcceptedUpdate = false;
const listeners = new Set<WaitingListener>();

function setWaiting(value: boolean) {
  waiting = value;
  for (const listener of listeners) listener(value);
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js', { scope: '/', updateViaCache: 'none' });
  workbox.addEventListener('waiting', () => setWaiting(true));
  workbox.addEventListener('controlling', () => {
    // Only an update the user accepted reloads; the very first install just starts controlling.
    if (hasAcceptedUpdate) location.reload();
  });
  void workbox.register();
  // Old devices stay open for days: look for a new version now and then while online.
  setInterval(() => {
    if (navigator.onLine) void workbox?.update();
  }, 60 * 60 * 1000);
}

export function isUpdateWaiting(): boolean {
  return waiting;
}

export function onUpdateWaiting(listener: WaitingListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyUpdate(): void {
  hasAcceptedUpdate = true;
  workbox?.messageSkipWaiting();
}
