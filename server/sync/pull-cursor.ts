/**
 * The pull cursor: the school's change sequence a device has seen, never a device clock. Opaque to
 * the device. It names its school by a short hash, so a cursor carried to another school (a
 * re-enrolled device) is refused rather than silently skipping that school's history.
 */
import { sha256Hex } from '../../src/core/events/index';
import { SabilError } from '../../src/core/errors/index';

const CURSOR = /^v1\.(\d{1,15})\.([0-9a-f]{12})$/;

function schoolTag(schoolId: string): string {
  return sha256Hex(schoolId).slice(0, 12);
}

export function encodeCursor(schoolId: string, seq: number): string {
  return `v1.${seq}.${schoolTag(schoolId)}`;
}

/** The sequence in the cursor; 400 `sync/bad-cursor` when it is malformed or of another school. */
export function decodeCursor(cursor: string, schoolId: string): number {
  const match = CURSOR.exec(cursor);
  if (!match?.[1] || match[2] !== schoolTag(schoolId)) throw new SabilError('sync/bad-cursor');
  return Number(match[1]);
}
