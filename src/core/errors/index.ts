/**
 * The one error type shared by the app, the service worker, the server and the CLI.
 * A code says what went wrong; the human text lives in locales under `errors.<area>.<reason>`,
 * and error-texts.test.ts checks that every code below has its text in every language.
 */
export const ERROR_CODES = [
  // Saving data: the browser's storage (src/data) and the server's data folder and database
  // (server/storage). The server's start-up lines also live in server/startup-messages.ts.
  'storage/unavailable',
  'storage/quota-exceeded',
  'storage/failed',
  'storage/data-dir-unwritable',
  'storage/schema-too-new',
  'storage/bad-migration',

  // Learner profiles and their PINs (src/core/profiles).
  'profile/name-required',
  'profile/name-too-long',
  'profile/not-found',
  'profile/avatar-unknown',
  'profile/language-unknown',
  'pin/invalid-format',
  'pin/wrong',
  'pin/locked',

  // What the server's API answers (server/http), and the one code for anything unforeseen.
  'http/not-found',
  'http/bad-request',
  'http/payload-too-large',
  'internal/unexpected',

  // Lesson packs (src/core/pack, scripts/pack); params are documented in docs/pack-format.md.
  // The zip itself: its structure, limits, entry names and data.
  'pack/not-a-zip',
  'pack/truncated',
  'pack/corrupt-zip',
  'pack/unsupported-zip',
  'pack/too-many-entries',
  'pack/too-large',
  'pack/entry-too-large',
  'pack/ratio-too-high',
  'pack/unsafe-path',
  'pack/path-traversal',
  'pack/absolute-path',
  'pack/symlink',
  'pack/special-file',
  'pack/duplicate-entry',
  'pack/duplicate-normalised-entry',
  'pack/nested-archive',
  'pack/corrupt-entry',
  // manifest.json, signature.json and the publisher's signature.
  'pack/missing-manifest',
  'pack/missing-signature',
  'pack/manifest-not-json',
  'pack/duplicate-json-key',
  'pack/bad-signature-file',
  'pack/untrusted-key',
  'pack/bad-signature',
  'pack/key-mismatch',
  // What the manifest says: format, shapes and the rules between its parts.
  'pack/unsupported-format',
  'pack/invalid-manifest',
  'pack/unknown-field',
  'pack/unknown-block-type',
  'pack/unknown-item-type',
  'pack/bad-id',
  'pack/bad-version',
  'pack/bad-language',
  'pack/missing-translation',
  'pack/duplicate-id',
  'pack/unknown-choice',
  'pack/bad-answer',
  'pack/bad-mastery',
  'pack/bad-media-path',
  'pack/bad-media-type',
  'pack/unknown-file',
  // The media files against the manifest's list.
  'pack/unlisted-file',
  'pack/missing-file',
  'pack/file-size-mismatch',
  'pack/file-hash-mismatch',
  // Making packs: key files and the author's source folder.
  'pack/bad-key',
  'pack/missing-source-file',
  'pack/source-not-json',
  // The server's pack catalogue (server/packs): publishing and downloading.
  'pack/not-found',
  'pack/version-exists',

  // Server settings read at start-up (server/config.ts) and listening (server/listen-errors.ts).
  'config/invalid-port',
  'config/invalid-log-level',
  'config/invalid-demo',
  'config/bad-trusted-key',
  'config/invalid-database-url',
  'config/invalid-push-concurrency',
  'config/invalid-trusted-proxies',
  'server/port-in-use',
  'server/port-not-allowed',
  'server/host-unavailable',

  // Accounts, sessions and scopes on the server (server/auth, docs/accounts.md).
  'auth/required',
  'auth/expired',
  'auth/revoked',
  'auth/wrong-credentials',
  'auth/forbidden',
  'auth/rate-limited',
  'auth/password-too-short',
  'user/login-taken',
  'user/not-found',
  'school/not-found',
  'class/not-found',
  'device/not-found',
  'learner/id-taken',
  // Enrolling a device with a one-time code, and the first coordinator's setup code.
  'enrol/malformed',
  'enrol/unknown',
  'enrol/expired',
  'enrol/used',
  'setup/invalid-code',
  'setup/expired',
  'setup/not-needed',

  // Sync on the server (server/sync, docs/sync.md): a push or pull refused whole, and the reasons
  // an event is quarantined (answered in a push's `quarantined` list, never as an HTTP error).
  'sync/batch-too-large',
  'sync/bad-encoding',
  'sync/bad-cursor',
  // Too many pushes at once for this server: 429 with Retry-After (server/sync/push-gate.ts).
  'sync/busy',
  'event/invalid',
  'event/unknown-learner',
  'event/id-reused',
  // Why the server did not take an assignment a device pushed (answered in the push's
  // `assignments.refused`, never as an HTTP error; docs/sync.md, "Assignments").
  'assignment/invalid',
  'assignment/wrong-class',
  'assignment/unknown-learner',
  'assignment/not-your-class',

  // Talking to the server from the app (src/sync/api-client.ts).
  'network/unreachable',

  // Coordinator screens (src/features/coordinator): CSV roster import and their forms.
  // The file as a whole (src/core/roster/parse-roster-csv.ts).
  'roster/wrong-encoding',
  'roster/missing-column',
  'roster/empty',
  'roster/too-large',
  // One row (src/core/roster/check-roster-names.ts), and the server refusing an import for its rows.
  'roster/name-empty',
  'roster/name-too-long',
  'roster/duplicate-in-file',
  'roster/duplicate-in-class',
  'roster/invalid-rows',

  // Enrolling this device (src/features/enrol): scanning and the stored credential.
  'enrol/camera-denied',
  'enrol/no-camera',
  'enrol/camera-unsupported',
  'enrol/not-enrolled',

  // Teachers on a device (src/features/teacher): offline sign-in and learner profiles.
  'teacher/device-not-enrolled',
  'teacher/device-revoked',
  'teacher/other-school',
  'teacher/not-on-device',
  'teacher/session-needed',
  'teacher/roster-already-here',
  'teacher/profile-already-linked',

  // Packs installed on the device (src/data/packs-repo.ts).
  'pack/older-version',
  'pack/not-installed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

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
