/**
 * POSTs a JSON body gzipped (`Content-Encoding: gzip`) to the API and reads the JSON answer.
 * callApi sends plain JSON only; failures here map to the same SabilError codes as callApi's
 * (the server's code, `network/unreachable` with no answer, `internal/unexpected` otherwise).
 * A request that hangs (a server killed mid-answer behind a proxy) gives up after `timeoutMs`.
 */
import { SabilError } from '../core/errors/index';
import { apiUrl, errorFrom } from './api-client';
import { gzipBytes } from './gzip';

export interface GzipPost {
  token: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export async function postGzipJson<T>(path: string, body: unknown, request: GzipPost): Promise<T> {
  const gz = await gzipBytes(new TextEncoder().encode(JSON.stringify(body)));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(apiUrl(path), {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          authorization: `Bearer ${request.token}`,
        },
        body: gz,
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch (failure) {
      throw new SabilError('network/unreachable', {}, { cause: failure });
    }
    if (!response.ok) throw await errorFrom(response);
    try {
      return (await response.json()) as T; // the caller names the route's documented answer shape
    } catch (failure) {
      // The answer was cut off (connection lost while reading): the same as no answer.
      throw new SabilError('network/unreachable', {}, { cause: failure });
    }
  } finally {
    clearTimeout(timer);
  }
}
