/** UTF-8 JSON in and out of a zip entry. */
const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Throws (TypeError or SyntaxError) on bad UTF-8 or bad JSON; callers pick the error code. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  return JSON.parse(decoder.decode(bytes));
}

export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}
