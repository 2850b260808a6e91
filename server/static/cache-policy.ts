/**
 * Vite names everything under assets/ after its content hash, so a changed file is a new URL
 * and the old one can be kept for a year. Everything else keeps its name from one version to
 * the next (sw.js, index.html, the manifest, registerSW.js, icons), so the browser must
 * revalidate it every time; the ETag makes that a cheap 304.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(relativePath: string): string {
  return relativePath.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}
