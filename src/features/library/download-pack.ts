/**
 * Downloads a pack file with progress and cancel. A dropped connection resumes where it stopped
 * (`Range` + `If-Range` on the pack's ETag), so a 3G link that comes and goes still gets there.
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

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

export async function downloadPack(url: string, expectedSize: number, options: DownloadOptions): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = new Uint8Array(expectedSize);
  let received = 0;
  let etag: string | null = null;
  let failures = 0;
  while (received < expectedSize) {
    try {
      const headers: Record<string, string> = {};
      if (received > 0) {
        headers.range = `bytes=${received}-`;
        if (etag) headers['if-range'] = etag;
      }
      const response = await (options.fetch ?? fetch)(url, { headers, signal: options.signal, cache: 'no-store' });
      if (response.status === 200) received = 0; // the file changed or ranges are off: start again
      else if (response.status !== 206) throw new Error(`HTTP ${response.status}`);
      etag = response.headers.get('etag');
      const reader = response.body?.getReader();
      if (!reader) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        buffer.set(bytes.subarray(0, expectedSize - received), received);
        received += bytes.length;
      } else {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (received + value.length > expectedSize) throw new Error('larger than announced');
          buffer.set(value, received);
          received += value.length;
          options.onProgress(received, expectedSize);
        }
      }
      if (received < expectedSize) throw new Error('connection closed early');
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      if (error instanceof SabilError) throw error; // the server refused (e.g. a revoked device): asking again will not help
      if (++failures > (options.retries ?? 5)) throw error;
      await wait((options.retryDelayMs ?? RETRY_DELAY_MS) * failures, options.signal);
    }
  }
  options.onProgress(received, expectedSize);
  return buffer;
}
