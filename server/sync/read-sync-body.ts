/**
 * Reads a sync request body, gzip or plain, with a hard limit on the decompressed size that is
 * enforced while inflating: a gzip bomb is cut off after the limit (413), never inflated whole.
 * A stream that is not gzip is 400 `sync/bad-encoding`; JSON or shape faults are 400
 * `http/bad-request` with the first bad field, as everywhere else in the API.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import type { ApiContext } from '../api/api-context';

export async function readSyncBody<S extends v.GenericSchema>(c: ApiContext, schema: S, limitBytes: number): Promise<v.InferOutput<S>> {
  const encoding = (c.req.header('Content-Encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'gzip' && encoding !== 'identity') throw new SabilError('sync/bad-encoding', { encoding });
  const bytes = await readLimited(c.req.raw.body, encoding === 'gzip', limitBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new SabilError('http/bad-request', { field: '' }, { cause });
  }
  const result = v.safeParse(schema, raw);
  if (!result.success) throw new SabilError('http/bad-request', { field: v.getDotPath(result.issues[0]) ?? '' });
  return result.output;
}

/** The body's bytes, inflated when `gzip`; refuses more than `limitBytes` as soon as it is passed. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, gzip: boolean, limitBytes: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      // Failing the sink makes pipeline destroy the inflater and the request stream: nothing more is inflated.
      if (size > limitBytes) return done(new SabilError('sync/batch-too-large', { limitBytes }));
      chunks.push(chunk);
      done();
    },
  });
  const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>); // the same WHATWG stream; DOM and Node typings differ only in name
  try {
    await (gzip ? pipeline(source, createGunzip(), sink) : pipeline(source, sink));
  } catch (error) {
    if (error instanceof SabilError) throw error;
    if (isZlibError(error)) throw new SabilError('sync/bad-encoding', { encoding: 'gzip' }, { cause: error });
    throw error;
  }
  return Buffer.concat(chunks, size);
}

function isZlibError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && code.startsWith('Z_');
}
