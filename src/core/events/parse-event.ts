/**
 * Checks one event against the shared schema. Never throws: the server quarantines what is
 * refused with the reason and the first offending field, and goes on with the rest of the batch.
 */
import * as v from 'valibot';
import { eventSchema, type EventRecord } from './event-schema';

export type EventRefusal = 'event/invalid';

export type ParsedEvent = { ok: true; event: EventRecord } | { ok: false; reason: EventRefusal; field: string };

export function parseEvent(raw: unknown): ParsedEvent {
  const result = v.safeParse(eventSchema, raw);
  if (result.success) return { ok: true, event: result.output };
  const issue = result.issues[0];
  return { ok: false, reason: 'event/invalid', field: (issue && v.getDotPath(issue)) ?? '' };
}

/** The event's id when it has one worth naming (a string of UUID length), even if the rest is refused. */
export function rawEventId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  const id = raw.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}
