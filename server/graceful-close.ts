import type { Server } from 'node:http';

/**
 * Prepares `server` for a graceful stop and returns the function that performs it: stop
 * accepting, let requests in flight finish, cut whatever remains after `timeoutMs`.
 * Node's close() drops keep-alive connections that are idle at that moment, but a connection
 * busy with a request becomes idle only later and would then sit out its keep-alive timeout;
 * so each response that finishes during the stop closes the connections that became idle.
 */
export function prepareGracefulClose(server: Server): (timeoutMs: number) => Promise<void> {
  let isClosing = false;
  server.on('request', (_request, response) => {
    response.once('finish', () => {
      if (isClosing) setImmediate(() => server.closeIdleConnections());
    });
  });

  return (timeoutMs) =>
    new Promise((resolve) => {
      isClosing = true;
      const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
    });
}
