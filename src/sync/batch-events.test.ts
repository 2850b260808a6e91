import { describe, expect, it } from 'vitest';
import { batchEvents, ENVELOPE_RESERVE_BYTES, jsonBytes, MAX_BATCH_EVENTS, MAX_BATCH_JSON_BYTES, toWireEvent, type WireEvent } from './batch-events';

function event(seq: number, data: unknown = { lessonId: 'l1' }): WireEvent {
  return { id: `id-${seq}`, deviceId: 'd', epoch: 1, seq, learnerId: 'l', type: 'lesson.completed', at: 0, data };
}

describe('batchEvents', () => {
  it('makes no batch for an empty outbox', () => {
    expect(batchEvents([])).toEqual([]);
  });

  it('puts at most 500 events in a batch, in order', () => {
    const events = Array.from({ length: 1_201 }, (_, i) => event(i + 1));
    const batches = batchEvents(events);
    expect(batches.map((b) => b.length)).toEqual([MAX_BATCH_EVENTS, MAX_BATCH_EVENTS, 201]);
    expect(batches.flat()).toEqual(events);
  });

  it('keeps every batch with its envelope under 256 KiB of JSON', () => {
    const big = 'é'.repeat(5_000); // two bytes each in UTF-8: size is counted in bytes, not characters
    const events = Array.from({ length: 200 }, (_, i) => event(i + 1, { answer: big }));
    const batches = batchEvents(events);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(jsonBytes(batch) + ENVELOPE_RESERVE_BYTES).toBeLessThanOrEqual(MAX_BATCH_JSON_BYTES);
    expect(batches.flat()).toEqual(events);
  });

  it('sends an event larger than any batch alone instead of blocking the ones after it', () => {
    const events = [event(1), event(2, { answer: 'x'.repeat(MAX_BATCH_JSON_BYTES) }), event(3)];
    expect(batchEvents(events).map((b) => b.map((e) => e.seq))).toEqual([[1], [2], [3]]);
  });

  it('sends only the fields of the event schema', () => {
    const row = { ...event(1), extra: true };
    expect(Object.keys(toWireEvent(row)).sort()).toEqual(['at', 'data', 'deviceId', 'epoch', 'id', 'learnerId', 'seq', 'type']);
  });
});
