/**
 * The shapes a pack id and version may have in a URL: exactly those the manifest schema
 * allows (src/core/pack/schema-common.ts; core's index does not export its patterns). Anything
 * else, such as `..` or an encoded slash, is refused before the database is asked.
 */
const PACK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function isPackRef(id: string, version: string): boolean {
  return PACK_ID.test(id) && SEMVER.test(version);
}

/** The download route of one pack version, relative to the server's origin. */
export function packFileUrl(id: string, version: string): string {
  return `/api/v1/packs/${encodeURIComponent(id)}/${encodeURIComponent(version)}/file`;
}
