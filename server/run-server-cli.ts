/**
 * The command-line face of the server, shared by `server/main.ts` and `npm start`:
 * reads the environment, starts, prints where to open Sabil, and stops cleanly on
 * SIGTERM or Ctrl-C. Faults the operator can fix print one line and exit 1.
 */
import { isSabilError } from '../src/core/errors/index';
import { readConfig, type Config } from './config';
import { createLogger, type Logger } from './log';
import { startServer, type RunningServer } from './start-server';
import { describeStartupError } from './startup-messages';

/** Work to finish before the server listens (npm start prepares the demo packs); its faults stop start-up. */
export type BeforeStart = (config: Config, log: Logger) => Promise<void>;

export async function runServerCli(
  overrides: Partial<Config> = {},
  env: NodeJS.ProcessEnv = process.env,
  beforeStart?: BeforeStart,
): Promise<RunningServer> {
  let config: Config;
  try {
    config = { ...readConfig(env), ...overrides };
  } catch (error) {
    return exitOnStartupError(error);
  }
  const log = createLogger({ level: config.logLevel });
  await beforeStart?.(config, log).catch((error: unknown) => exitOnStartupError(error, log));
  const running = await startServer({ ...config, log }).catch((error: unknown) => exitOnStartupError(error, log));
  process.stdout.write(`Sabil is running at ${running.url}\n`);
  stopOnSignals(running, log);
  return running;
}

function exitOnStartupError(error: unknown, log?: Logger): never {
  const message = isSabilError(error) ? describeStartupError(error) : undefined;
  if (message) {
    process.stderr.write(message + '\n');
  } else {
    // Not a fault the operator can fix from here: keep the details for whoever debugs it.
    log?.error('startup failed', { error });
    process.stderr.write(`Sabil could not start because of an unexpected error:\n${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
}

function stopOnSignals(running: RunningServer, log: Logger): void {
  let isStopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (isStopping) {
      // A second Ctrl-C means "now": do not wait for slow requests.
      log.warn('stopping immediately', { signal });
      process.exit(1);
    }
    isStopping = true;
    log.info('stopping', { signal });
    running.close().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error('stop failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
