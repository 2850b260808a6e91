/**
 * The one way the app talks to its server's JSON API (`/api/v1`). Every failure becomes a
 * SabilError whose code has words in every language: the server's own `{ code, params }` when it
 * sent one, `network/unreachable` when no answer came at all, `internal/unexpected` otherwise.
 */
import { ERROR_CODES, SabilError, type ErrorCode, type ErrorParams } from '../core/errors/index';
import { parseRetryAfter } from './retry-after';

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A session token or device credential, sent as `Authorization: Bearer`. */
  token?: string | null;
  signal?: AbortSignal;
}

let apiBase = '/api/v1';

/**
 * Where the API lives. The app leaves it relative to its own origin; Node tests (fake-indexeddb +
 * a real server on a port) point it at that server's origin.
 */
export function setApiOrigin(origin: string): void {
  apiBase = `${origin.replace(/\/$/, '')}/api/v1`;
}

/** The full URL of an API path, for requests callApi cannot make (a gzip body). */
export function apiUrl(path: string): string {
  return `${apiBase}${path}`;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

function paramsOf(value: unknown): ErrorParams {
  if (value === null || typeof value !== 'object') return {};
  const params: ErrorParams = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') params[key] = item;
  }
  return params;
}

/**
 * The SabilError for a failed answer: the server's code when it sent one it knows. A busy or
 * unavailable server's `Retry-After` rides along as `retryAfterMs`, which the sync scheduler waits.
 */
export async function errorFrom(response: Response): Promise<SabilError> {
  const answer: unknown = await response.json().catch(() => null);
  const code: unknown = answer !== null && typeof answer === 'object' ? Reflect.get(answer, 'code') : undefined;
  const retryAfterMs = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('Retry-After'), Date.now()) : null;
  const advice: ErrorParams = retryAfterMs === null ? {} : { retryAfterMs };
  if (isErrorCode(code)) return new SabilError(code, { ...paramsOf(Reflect.get(answer as object, 'params')), ...advice }, { cause: response.status });
  return new SabilError('internal/unexpected', { status: response.status, ...advice });
}

export async function callApi<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
      cache: 'no-store',
    });
  } catch (failure) {
    if (request.signal?.aborted) throw request.signal.reason;
    throw new SabilError('network/unreachable', {}, { cause: failure });
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T; // callers of a 204 route ask for `void`
  try {
    return (await response.json()) as T; // the caller names the route's documented answer shape
  } catch (failure) {
    throw new SabilError('internal/unexpected', { status: response.status }, { cause: failure });
  }
}

/** True for the answers that mean "this credential no longer works": sign in or enrol again. */
export function isCredentialRefused(error: unknown): boolean {
  return error instanceof SabilError && (error.code === 'auth/required' || error.code === 'auth/expired' || error.code === 'auth/revoked');
}
