/**
 * Learner events as they travel: one schema for the app and the server (docs/events.md), the
 * check that never throws, and the content digest that tells a retry from a reused id.
 */
export { eventSchema, EVENT_TYPES, MAX_ANSWER_TEXT, MAX_EVENT_TIME_MS, type EventRecord } from './event-schema';
export { parseEvent, rawEventId, type EventRefusal, type ParsedEvent } from './parse-event';
export { canonicalJson, eventDigest, sha256Hex } from './event-digest';
export type { EventEnvelope } from './event-envelope';
