/**
 * Gzip for push bodies: the browser's CompressionStream where it exists (no code to download),
 * else fflate, loaded only on the browsers that need it (older Safari and WebViews).
 */
export async function gzipBytes(data: Uint8Array<ArrayBuffer>, useNative = typeof CompressionStream === 'function'): Promise<Uint8Array<ArrayBuffer>> {
  if (useNative) {
    const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  const { gzipSync } = await import('fflate');
  return new Uint8Array(gzipSync(data));
}
