/**
 * Reads a server's `Retry-After` (RFC 9110: whole seconds, or an HTTP date) into milliseconds to
 * wait, so the sync scheduler can wait at least that long after a `429` or `503` (docs/sync.md,
 * "Busy server"). Anything unreadable counts as no advice: the scheduler's own backoff applies.
 */
import { SabilError } from '../core/errors/index';

/** The longest wait taken from a server: a wrong date must not stop a device syncing for days. */
export const MAX_RETRY_AFTER_MS = 30 * 60_000;

export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  // An HTTP date names its day and month in letters; Date.parse alone would take "-5" as a year.
  if (!/^[A-Za-z]{3},/.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS);
}

/** The wait a failure asks for (`retryAfterMs`, put there by api-client's errorFrom), or null. */
export function retryAfterOf(error: unknown): number | null {
  const value = error instanceof SabilError ? error.params.retryAfterMs : undefined;
  return typeof value === 'number' && value >= 0 ? value : null;
}
