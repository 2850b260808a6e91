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
  | 'pin/invalid-format'
  | 'pin/wrong'
  | 'pin/locked'
  | 'http/not-found'
  | 'http/bad-request'
  | 'http/payload-too-large'
  | 'internal/unexpected';

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
