/** Registers `GET /media/<sha256>`: installed pack files answered from IndexedDB, with ranges. */
import { registerRoute } from 'workbox-routing';
import { mediaResponse } from './media-response';
import { createMediaStore, type FindMedia } from './media-store';
import { mediaShaOf } from './media-url';

export function registerMediaRoute(origin: string, find: FindMedia = createMediaStore()): void {
  registerRoute(
    ({ url }) => mediaShaOf(url, origin) !== undefined,
    async ({ url, request }) => {
      const sha256 = mediaShaOf(url, origin)!; // the match callback above accepted this URL
      try {
        return mediaResponse(request, sha256, await find(sha256));
      } catch (error) {
        // Not swallowed: the page sees a failed media load, the worker's console says why.
        console.error('sabil: reading media from IndexedDB failed', error);
        return new Response(null, { status: 500 });
      }
    },
    'GET',
  );
}
