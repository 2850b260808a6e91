/**
 * The server's reading of `Range` headers is the shared one in src/core/http-range, so static
 * files and the service worker's offline media answer ranges alike. This file keeps the name
 * serve-static.ts imports.
 */
export { parseByteRange, type ByteRange } from '../../src/core/http-range/index';
