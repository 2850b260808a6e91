/**
 * Sabil's service worker. It precaches the whole shell (code, locales, avatars, icons, fonts) so
 * the app opens with no network after one visit, answers navigations with the cached shell, and
 * serves installed pack files from IndexedDB (media-route.ts).
 * A new version waits until the page asks it to take over (after the user accepts the update).
 * Keep this file's output name `sw.js` forever: browsers look for updates at that URL.
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerMediaRoute } from './media-route';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Pack files (`/media/<sha256>`) come from IndexedDB, with byte ranges so audio and video seek
// offline. Registered before the navigation route, so opening such a URL shows the file.
registerMediaRoute(self.location.origin);

// Any in-app path opens the shell; the API is never answered from the shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install has no old version to wait for: take control at once so the first visit
// is already offline-ready. Updates still wait for SKIP_WAITING above.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

// Background Sync (Chromium): the page registers the tag `sabil-sync` when a sync fails; when the
// network is back the browser wakes this worker, which asks the open pages to sync (the sync code
// lives in the page, with the database and the credential). Other browsers never fire this event.
// 'SABIL_SYNC' is the same string as SYNC_MESSAGE_TYPE in src/sync/start-sync.ts (sw/ may not import src/sync).
interface BackgroundSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('sync', (event: Event) => {
  const syncEvent = event as BackgroundSyncEvent; // only Background Sync dispatches 'sync'
  if (syncEvent.tag !== 'sabil-sync') return;
  syncEvent.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'SABIL_SYNC' });
    }),
  );
});
