/** Pack files are served at `/media/<sha256>`: 64 lower-case hex digits, as manifests write them. */
const MEDIA_PATH = /^\/media\/([0-9a-f]{64})$/;

/** The file's hash when `url` is a media URL of this origin. */
export function mediaShaOf(url: URL, origin: string): string | undefined {
  return url.origin === origin ? MEDIA_PATH.exec(url.pathname)?.[1] : undefined;
}
