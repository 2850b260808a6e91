import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../log';

/**
 * One line per request: method, path, status, duration. The query string is left out on
 * purpose, because a token or code in it must never reach a log; routes therefore keep
 * secrets in headers or bodies, never in the path.
 */
export function requestLog(log: Logger, now: () => number = () => performance.now()): MiddlewareHandler {
  return async (c, next) => {
    const started = now();
    await next();
    const fields = {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      durationMs: Math.round((now() - started) * 10) / 10,
    };
    // Load balancers poll health every few seconds; at info level that would drown the rest.
    if (fields.path === '/api/v1/health') log.debug('request', fields);
    else log.info('request', fields);
  };
}
