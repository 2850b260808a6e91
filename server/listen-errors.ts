import { SabilError } from '../src/core/errors/index';

/** Turns the operating system's refusal to listen into a code the CLI can explain in one line. */
export function toListenError(error: unknown, where: { port: number; host: string }): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const options = { cause: error };
  switch (code) {
    case 'EADDRINUSE':
      return new SabilError('server/port-in-use', { port: where.port }, options);
    case 'EACCES':
      return new SabilError('server/port-not-allowed', { port: where.port }, options);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new SabilError('server/host-unavailable', { host: where.host }, options);
    default:
      return error;
  }
}
