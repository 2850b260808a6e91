/**
 * Cuts the outbox into push requests the server accepts: at most 500 events and at most 256 KiB
 * of JSON (before gzip) each, events kept in (epoch, seq) order.
 */
import type { EventEnvelope } from '../core/events/index';
import type { EventRow } from '../data/db';

export const MAX_BATCH_EVENTS = 500;
export const MAX_BATCH_JSON_BYTES = 256 * 1024;
/** Room kept for the request's envelope (deviceId, epoch, nextSeq, status), well over its size. */
export const ENVELOPE_RESERVE_BYTES = 2 * 1024;

/** An event exactly as the server's schema has it: no extra field a stored row might carry. */
export type WireEvent = EventEnvelope;

export function toWireEvent(row: EventRow): WireEvent {
  return { id: row.id, deviceId: row.deviceId, epoch: row.epoch, seq: row.seq, learnerId: row.learnerId, type: row.type, at: row.at, data: row.data };
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).byteLength;
}

export interface BatchLimits {
  /** Items per batch (events, or assignments: push-assignments.ts). */
  maxItems: number;
  maxJsonBytes: number;
}

const LIMITS: BatchLimits = { maxItems: MAX_BATCH_EVENTS, maxJsonBytes: MAX_BATCH_JSON_BYTES - ENVELOPE_RESERVE_BYTES };

/**
 * Batches in order. An event too large for any batch on its own still goes alone (the server will
 * refuse it, and says why) rather than blocking the events after it forever.
 */
export function batchEvents(events: readonly WireEvent[], limits: BatchLimits = LIMITS): WireEvent[][] {
  return batchByJsonSize(events, limits);
}

/** Cuts items, in order, into JSON arrays within the limits; an item too large alone goes alone. */
export function batchByJsonSize<T>(items: readonly T[], limits: BatchLimits): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 2; // the array's brackets
  for (const item of items) {
    const size = jsonBytes(item) + 1; // and its comma
    if (current.length > 0 && (current.length >= limits.maxItems || bytes + size > limits.maxJsonBytes)) {
      batches.push(current);
      current = [];
      bytes = 2;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
