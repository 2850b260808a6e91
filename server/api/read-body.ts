/**
 * Reads a JSON request body against a valibot schema. Anything that is not JSON, or not the
 * shape asked for, is `400 http/bad-request` with the first offending field in `params.field`;
 * a body over the limit never gets here (413 from the body limit in app.ts).
 */
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import type { ApiContext } from './api-context';

export async function readBody<S extends v.GenericSchema>(c: ApiContext, schema: S): Promise<v.InferOutput<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (cause) {
    // The body limit reports an over-long body while it is read: keep its 413.
    if (cause instanceof SabilError) throw cause;
    throw new SabilError('http/bad-request', { field: '' }, { cause });
  }
  const result = v.safeParse(schema, raw);
  if (!result.success) {
    const field = v.getDotPath(result.issues[0]) ?? '';
    throw new SabilError('http/bad-request', { field });
  }
  return result.output;
}

/** Names people type: trimmed, 1–100 characters. */
export const displayName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100));

/** Ids the server made (UUIDs); anything else cannot name a row. */
export const id = v.pipe(v.string(), v.maxLength(100));
