/** The real clock, ids and randomness, handed to repositories so tests can pass fixed ones. */
import { uuidV7 } from '../core/ids/index';
import type { Clock } from './learners-repo';

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export const browserClock: Clock = {
  now: () => Date.now(),
  newId: () => uuidV7(Date.now(), randomBytes(10)),
  randomBytes,
};
