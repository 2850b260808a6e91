/**
 * Structured logs: one JSON object per line (time, level, msg, then fields), so any log
 * collector can read them. debug and info go to stdout, warn and error to stderr.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type WritableLevel = Exclude<LogLevel, 'silent'>;

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where a finished line goes; tests pass one to read what was logged. */
  write?: (line: string, level: WritableLevel) => void;
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? writeToStandardStreams;
  const now = options.now ?? (() => new Date());

  const at = (level: WritableLevel) => (msg: string, fields: LogFields = {}) => {
    if (RANK[level] < threshold) return;
    const head = { time: now().toISOString(), level, msg };
    write(stringifySafely({ ...head, ...fields }) ?? JSON.stringify({ ...head, logFault: 'fields not serialisable' }), level);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** For tests and scripts that must stay quiet. */
export const silentLogger: Logger = createLogger({ level: 'silent' });

function writeToStandardStreams(line: string, level: WritableLevel): void {
  (level === 'warn' || level === 'error' ? process.stderr : process.stdout).write(line + '\n');
}

/** Logging must never throw: a cycle or a BigInt in the fields costs the fields, not the request. */
function stringifySafely(entry: LogFields): string | undefined {
  try {
    return JSON.stringify(entry, serialiseErrors);
  } catch {
    return undefined;
  }
}

/** JSON.stringify turns an Error into `{}`; keep what an operator needs to find the fault. */
function serialiseErrors(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const { name, message, stack } = value;
  const code = 'code' in value ? value.code : undefined;
  const params = 'params' in value ? value.params : undefined;
  return { name, message, code, params, stack, cause: value.cause };
}
