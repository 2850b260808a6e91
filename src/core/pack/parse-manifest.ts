/**
 * Validates a pack source or a manifest: shape first (valibot, first issue wins), then the
 * cross-field rules. Returns the typed document or throws one precise `pack/…` error.
 */
import * as v from 'valibot';
import { SabilError } from '../errors';
import { checkSemantics } from './check-semantics';
import { mediaKindOf, mediaTypeOf, type MediaKind } from './media-types';
import { MANIFEST_FORMAT, manifestSchema, sourceSchema, type Manifest, type PackSource } from './schema';
import { describeValue, issueToError } from './schema-issues';

function checkKind(path: string, at: string, type: string | undefined, kind: MediaKind): void {
  if (type === undefined || mediaKindOf(type) !== kind) {
    throw new SabilError('pack/bad-media-type', { at, value: path, expected: kind });
  }
}

/** A source names its files; their types come from their extensions. */
export function parseSource(json: unknown): PackSource {
  const result = v.safeParse(sourceSchema, json, { abortEarly: true });
  if (!result.success) throw issueToError(result.issues[0]);
  checkSemantics(result.output, (path, at, kind) => checkKind(path, at, mediaTypeOf(path), kind));
  return result.output;
}

/** A manifest also lists its files; each type must be the one its extension implies. */
export function parseManifest(json: unknown): Manifest {
  if (typeof json === 'object' && json !== null && 'format' in json && json.format !== MANIFEST_FORMAT) {
    throw new SabilError('pack/unsupported-format', { value: describeValue(json.format) });
  }
  const result = v.safeParse(manifestSchema, json, { abortEarly: true });
  if (!result.success) throw issueToError(result.issues[0]);
  const manifest = result.output;

  const types = new Map<string, string>();
  manifest.files.forEach((file, index) => {
    const at = `files[${index}]`;
    if (types.has(file.path)) throw new SabilError('pack/duplicate-id', { at: `${at}.path`, value: file.path });
    if (file.type !== mediaTypeOf(file.path)) throw new SabilError('pack/bad-media-type', { at: `${at}.type`, value: file.type });
    types.set(file.path, file.type);
  });
  checkSemantics(manifest, (path, at, kind) => {
    if (!types.has(path)) throw new SabilError('pack/unknown-file', { at, value: path });
    checkKind(path, at, types.get(path), kind);
  });
  return manifest;
}
