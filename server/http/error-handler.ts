/**
 * The one place that turns a thrown error into an answer. Clients get `{ code, params }`;
 * anything unexpected is logged in full and answered only `internal/unexpected`, so no
 * stack, SQL or file path ever reaches a browser.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isSabilError, type ErrorCode, type ErrorParams } from '../../src/core/errors/index';
import type { Logger } from '../log';
import { statusForCode } from './error-status';

export function createErrorHandler(log: Logger): ErrorHandler {
  return (error, c) => {
    const known = toKnownError(error);
    if (known) return answer(c, known.status, known.code, known.params);
    log.error('unexpected error', { method: c.req.method, path: c.req.path, error });
    return answer(c, 500, 'internal/unexpected', {});
  };
}

export const notFoundJson: NotFoundHandler = (c) => {
  // A 404 is cacheable by default; a file that appears with the next build must not stay missing.
  c.header('Cache-Control', 'no-store');
  return answer(c, 404, 'http/not-found', {});
};

interface KnownError {
  status: ContentfulStatusCode;
  code: ErrorCode;
  params: ErrorParams;
}

function toKnownError(error: unknown): KnownError | undefined {
  if (isSabilError(error)) {
    const status = statusForCode(error.code);
    return status ? { status, code: error.code, params: error.params } : undefined;
  }
  // Hono's own 4xx (malformed JSON, body limit) carry no detail worth hiding.
  if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
    return { status: error.status, code: codeForClientStatus(error.status), params: {} };
  }
  return undefined;
}

function codeForClientStatus(status: number): ErrorCode {
  if (status === 404) return 'http/not-found';
  if (status === 413) return 'http/payload-too-large';
  return 'http/bad-request';
}

function answer(c: Context, status: ContentfulStatusCode, code: ErrorCode, params: ErrorParams): Response {
  if (status === 401) c.header('WWW-Authenticate', 'Bearer');
  if (status === 429 && typeof params.retryAfterSeconds === 'number') c.header('Retry-After', String(params.retryAfterSeconds));
  return c.json({ code, params }, status);
}
