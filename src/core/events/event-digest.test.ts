import { describe, expect, it } from 'vitest';
import { eventDigest } from './event-digest';
import { lessonCompleted, quizAnswered } from './test-events';

describe('eventDigest', () => {
  it('is the SHA-256 hex of the canonical JSON', () => {
    expect(eventDigest(lessonCompleted(1))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    const event = quizAnswered(1);
    const reversed = Object.fromEntries(Object.entries(event).reverse());
    expect(eventDigest(reversed as typeof event)).toBe(eventDigest(event)); // the same fields, in another order
  });

  it('changes when any value changes', () => {
    const event = quizAnswered(1);
    const digests = new Set([
      eventDigest(event),
      eventDigest({ ...event, at: event.at + 1 }),
      eventDigest({ ...event, seq: 2 }),
      eventDigest({ ...event, data: { ...event.data, correct: false } }),
    ]);
    expect(digests.size).toBe(4);
  });
});
