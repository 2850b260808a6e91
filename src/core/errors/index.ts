/**
 * The one error type shared by the app, the service worker, the server and the CLI.
 * A code says what went wrong; the human text lives in locales under `errors.<area>.<reason>`.
 */
export type ErrorCode =
  | 'storage/unavailable'
  | 'storage/quota-exceeded'
  | 'storage/failed'
  | 'profile/name-required'
  | 'profile/name-too-long'
  | 'profile/not-found'
  | 'profile/avatar-unknown'
  | 'profile/language-unknown'
  | 'pin/invalid-format'
  | 'pin/wrong'
  | 'pin/locked'
  | 'http/not-found'
  | 'http/bad-request'
  | 'http/payload-too-large'
  | 'internal/unexpected'
  // Lesson packs (src/core/pack, scripts/pack); params are documented in docs/pack-format.md.
  | 'pack/not-a-zip'
  | 'pack/truncated'
  | 'pack/corrupt-zip'
  | 'pack/unsupported-zip'
  | 'pack/too-many-entries'
  | 'pack/too-large'
  | 'pack/entry-too-large'
  | 'pack/ratio-too-high'
  | 'pack/unsafe-path'
  | 'pack/path-traversal'
  | 'pack/absolute-path'
  | 'pack/symlink'
  | 'pack/special-file'
  | 'pack/duplicate-entry'
  | 'pack/corrupt-entry'
  | 'pack/missing-manifest'
  | 'pack/missing-signature'
  | 'pack/manifest-not-json'
  | 'pack/bad-signature-file'
  | 'pack/untrusted-key'
  | 'pack/bad-signature'
  | 'pack/key-mismatch'
  | 'pack/unsupported-format'
  | 'pack/invalid-manifest'
  | 'pack/unknown-field'
  | 'pack/unknown-block-type'
  | 'pack/unknown-item-type'
  | 'pack/bad-id'
  | 'pack/bad-version'
  | 'pack/bad-language'
  | 'pack/missing-translation'
  | 'pack/duplicate-id'
  | 'pack/unknown-choice'
  | 'pack/bad-answer'
  | 'pack/bad-mastery'
  | 'pack/bad-media-path'
  | 'pack/bad-media-type'
  | 'pack/unknown-file'
  | 'pack/unlisted-file'
  | 'pack/missing-file'
  | 'pack/file-size-mismatch'
  | 'pack/file-hash-mismatch'
  | 'pack/bad-key'
  | 'pack/missing-source-file'
  | 'pack/source-not-json'
  // Server start-up and storage (server/); the CLI text lives in server/startup-messages.ts.
  | 'config/invalid-port'
  | 'config/invalid-log-level'
  | 'server/port-in-use'
  | 'server/port-not-allowed'
  | 'server/host-unavailable'
  | 'storage/data-dir-unwritable'
  | 'storage/schema-too-new'
  | 'storage/bad-migration';

export type ErrorParams = Record<string, string | number>;

export class SabilError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'SabilError';
  }
}

/** The i18next key under which an error code's text lives. */
export function errorTextKey(code: ErrorCode): string {
  return `errors.${code.replace('/', '.')}`;
}

export function isSabilError(value: unknown): value is SabilError {
  return value instanceof SabilError;
}
