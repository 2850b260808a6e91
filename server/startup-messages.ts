/**
 * The one-line explanations printed when the server cannot start. A classroom's operator is
 * often not a developer, so each line says what happened and what to do, and never shows a stack.
 */
import type { ErrorCode, ErrorParams, SabilError } from '../src/core/errors/index';

type Describe = (params: ErrorParams) => string;

const MESSAGES: Partial<Record<ErrorCode, Describe>> = {
  'config/invalid-port': (p) => `PORT must be a whole number from 0 to 65535, but it is "${p.value}".`,
  'config/invalid-log-level': (p) => `LOG_LEVEL must be one of ${p.allowed}, but it is "${p.value}".`,
  'config/invalid-demo': (p) => `SABIL_DEMO must be 1 (demo mode, the default) or 0 (no demo key, no demo packs), but it is "${p.value}".`,
  'config/bad-trusted-key': (p) =>
    `The key file "${p.path}" in SABIL_TRUSTED_KEYS is not a publisher's public key (${p.reason}). Fix the file or remove it from SABIL_TRUSTED_KEYS.`,
  'server/port-in-use': (p) => `Port ${p.port} is already in use. Stop the other program or set PORT to another number.`,
  'server/port-not-allowed': (p) =>
    `Port ${p.port} needs administrator rights on this computer. Set PORT to a number above 1023, such as 8080.`,
  'server/host-unavailable': (p) =>
    `HOST "${p.host}" is not an address of this computer. Leave HOST unset to use 127.0.0.1, or set HOST=0.0.0.0 to let other devices connect.`,
  'config/invalid-database-url': () =>
    'DATABASE_URL must start with postgres:// or postgresql://. Leave it unset to keep the database in DATA_DIR (SQLite).',
  'config/invalid-push-concurrency': (p) =>
    `SABIL_PUSH_CONCURRENCY must be a whole number from 1 to 1000, but it is "${p.value}". Leave it unset for the default.`,
  'storage/unavailable': (p) =>
    `Sabil cannot reach its ${p.kind} database (${p.reason}). Check that PostgreSQL is running and that DATABASE_URL names the right host, port, user, password and database.`,
  'storage/data-dir-unwritable': (p) =>
    `Sabil cannot create or write its data folder "${p.path}". Set DATA_DIR to a folder Sabil may write to.`,
  'storage/schema-too-new': (p) =>
    `The database in DATA_DIR was made by a newer Sabil (schema ${p.found}; this one knows up to ${p.known}). Install the newer Sabil, or set DATA_DIR to another folder.`,
  'storage/bad-migration': (p) => `This copy of Sabil is damaged: database migration ${p.file} is not valid (${p.reason}). Reinstall Sabil.`,
};

export function describeStartupError(error: SabilError): string | undefined {
  return MESSAGES[error.code]?.(error.params);
}
