/**
 * For any seed, size and end time, the generated class holds only events the server would accept
 * and mastery the app would have written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../events/index';
import { generateClassData } from './class-data';
import { curriculumOf } from './curriculum';
import { masteryProblems } from './testing';

describe('generated class data', () => {
  it('passes the event schema and the mastery rule for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.integer({ min: 1, max: 3 }),
        (seed, learners, weeks, lessons, endMs, devices) => {
          const curriculum = curriculumOf(lessons);
          const { events } = generateClassData({ seed, learners, weeks, endMs, curriculum, devices });
          expect(events.filter((event) => !parseEvent(event).ok)).toEqual([]);
          expect(events.every((event) => event.at < endMs)).toBe(true);
          expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
          expect(masteryProblems(events, curriculum)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
