/**
 * Downloads a pack file with progress and cancel. A dropped connection resumes where it stopped
 * (`Range` + `If-Range` on the pack's ETag), so a 3G link that comes and goes still gets there.
 * The bytes are gathered into Blobs of a few MiB as they arrive, never one buffer of the whole
 * pack: the browser may keep large Blobs on disk, which an old phone with 2 GB of RAM needs.
 */
import { SabilError } from '../../core/errors/index';

export interface DownloadOptions {
  signal: AbortSignal;
  onProgress(received: number, total: number): void;
  retries?: number;
  /** Wait before the first retry; later ones wait longer. */
  retryDelayMs?: number;
  /** How to ask; the library passes one that adds the device credential. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

const RETRY_DELAY_MS = 1500;
/** Chunks are joined into a Blob each time this much has arrived, so JavaScript holds little. */
const SEGMENT_BYTES = 4 * 1024 * 1024;

/** What has arrived so far: whole segments as Blobs, and the chunks of the current one. */
class Received {
  private segments: Blob[] = [];
  private chunks: Uint8Array<ArrayBuffer>[] = [];
  private pending = 0;
  bytes = 0;

  add(chunk: Uint8Array<ArrayBuffer>): void {
    this.chunks.push(chunk);
    this.pending += chunk.length;
    this.bytes += chunk.length;
    if (this.pending >= SEGMENT_BYTES) this.seal();
  }

  /** The file changed on the server, or it ignores ranges: start from nothing. */
  clear(): void {
    this.segments = [];
    this.chunks = [];
    this.pending = 0;
    this.bytes = 0;
  }

  toBlob(): Blob {
    this.seal();
    return new Blob(this.segments, { type: 'application/zip' });
  }

  private seal(): void {
    if (this.chunks.length > 0) this.segments.push(new Blob(this.chunks));
    this.chunks = [];
    this.pending = 0;
  }
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

export async function downloadPack(url: string, expectedSize: number, options: DownloadOptions): Promise<Blob> {
  const received = new Received();
  let etag: string | null = null;
  let failures = 0;
  while (received.bytes < expectedSize) {
    try {
      const headers: Record<string, string> = {};
      if (received.bytes > 0) {
        headers.range = `bytes=${received.bytes}-`;
        if (etag) headers['if-range'] = etag;
      }
      const response = await (options.fetch ?? fetch)(url, { headers, signal: options.signal, cache: 'no-store' });
      if (response.status === 200) received.clear(); // the file changed or ranges are off: start again
      else if (response.status !== 206) throw new Error(`HTTP ${response.status}`);
      etag = response.headers.get('etag');
      const reader = response.body?.getReader();
      if (!reader) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (received.bytes + bytes.length > expectedSize) throw new Error('larger than announced');
        received.add(bytes);
      } else {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (received.bytes + value.length > expectedSize) throw new Error('larger than announced');
          received.add(value);
          options.onProgress(received.bytes, expectedSize);
        }
      }
      if (received.bytes < expectedSize) throw new Error('connection closed early');
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      if (error instanceof SabilError) throw error; // the server refused (e.g. a revoked device): asking again will not help
      if (++failures > (options.retries ?? 5)) throw error;
      await wait((options.retryDelayMs ?? RETRY_DELAY_MS) * failures, options.signal);
    }
  }
  options.onProgress(received.bytes, expectedSize);
  return received.toBlob();
}
