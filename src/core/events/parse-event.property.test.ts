/**
 * Randomised: every valid event is accepted unchanged, keeps its digest through JSON, and any one
 * corruption (a value of the wrong kind anywhere, a missing field, an unknown field) is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventDigest } from './event-digest';
import type { EventRecord } from './event-schema';
import { parseEvent } from './parse-event';

const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const uuid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
const uuidV7 = fc.tuple(hex(8), hex(4), hex(3), fc.constantFrom('8', '9', 'a', 'b'), hex(3), hex(12)).map(([a, b, c, v, d, e]) => `${a}-${b}-7${c}-${v}${d}-${e}`);
const packId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
const version = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)).map((parts) => parts.join('.'));
const positive = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

const answer = fc.oneof(
  fc.record({ type: fc.constant('single' as const), choice: packId }),
  fc.record({ type: fc.constant('multiple' as const), choices: fc.array(packId, { maxLength: 5 }) }),
  fc.record({ type: fc.constant('numeric' as const), input: fc.string({ maxLength: 20 }) }),
  fc.record({ type: fc.constant('text' as const), input: fc.string({ maxLength: 50 }) }),
  fc.record({ type: fc.constant('ordering' as const), order: fc.array(packId, { maxLength: 5 }) }),
);

const data = fc.oneof(
  fc.record({ type: fc.constant('lesson.completed' as const), data: fc.record({ packId, packVersion: version, lessonId: packId }) }),
  fc.record({
    type: fc.constant('quiz.answered' as const),
    data: fc.record({ packId, packVersion: version, quizId: packId, itemId: packId, skills: fc.array(packId, { maxLength: 4 }), correct: fc.boolean(), attempt: fc.integer({ min: 1, max: 20 }), answer }),
  }),
  fc
    .tuple(fc.integer({ min: 1, max: 50 }), fc.nat(50), fc.constantFrom(1 as const, 2 as const, 3 as const), packId, version, packId, packId)
    .map(([total, right, stars, p, packVersion, lessonId, quizId]) => ({
      type: 'quiz.completed' as const,
      data: { packId: p, packVersion, lessonId, quizId, firstTryCorrect: Math.min(right, total), total, stars },
    })),
  fc.record({ type: fc.constant('mastery.reached' as const), data: fc.record({ packId, skill: packId }) }),
);

const validEvent: fc.Arbitrary<EventRecord> = fc
  .tuple(fc.record({ id: uuidV7, deviceId: uuid, epoch: positive, seq: positive, learnerId: uuid, at: fc.integer({ min: 0, max: 8.64e15 }) }), data)
  .map(([envelope, typed]) => ({ ...envelope, ...typed }) as EventRecord); // a type and the data generated for it

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside the event, with whether it names an object's key (which may be deleted). */
function pathsOf(value: Json, at: Path = []): { path: Path; isKey: boolean }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [{ path: [...at, index], isKey: false }, ...pathsOf(item, [...at, index])]);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [{ path: [...at, key], isKey: true }, ...pathsOf(item, [...at, key])]);
}

function objectsOf(value: Json, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectsOf(item, [...at, index]));
  if (value === null || typeof value !== 'object') return [];
  return [at, ...Object.entries(value).flatMap(([key, item]) => objectsOf(item, [...at, key]))];
}

/** A value of another JSON kind than `value`, so no schema that accepted `value` accepts it. */
function otherKind(value: Json): Json {
  if (typeof value === 'string') return 7;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return {};
  return [];
}

function update(root: Json, path: Path, change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(root);
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key];
  change(parent as Record<string | number, Json>, path[path.length - 1]!); // paths come from pathsOf/objectsOf on this very value
  return copy;
}

const corrupted = validEvent.chain((event) => {
  const paths = pathsOf(event);
  const wrongKind = fc.constantFrom(...paths).map(({ path }) => update(event, path, (parent, key) => (parent[key] = otherKind(parent[key]))));
  const missing = fc.constantFrom(...paths.filter((p) => p.isKey)).map(({ path }) => update(event, path, (parent, key) => delete parent[key]));
  const unknown = fc.constantFrom(...objectsOf(event)).map((path) => {
    const copy = structuredClone(event) as Json;
    let target: Json = copy;
    for (const key of path) target = (target as Record<string | number, Json>)[key];
    (target as Record<string, Json>).zz_unknown = 1;
    return copy;
  });
  return fc.oneof(wrongKind, missing, unknown);
});

describe('parseEvent, randomised', () => {
  it('accepts every valid event unchanged, and its digest survives a trip through JSON', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        const parsed = parseEvent(JSON.parse(JSON.stringify(event)));
        expect(parsed).toEqual({ ok: true, event });
        if (parsed.ok) expect(eventDigest(parsed.event)).toBe(eventDigest(event));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any single corruption', () => {
    fc.assert(
      fc.property(corrupted, (raw) => {
        expect(parseEvent(raw).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
