import { describe, expect, it } from 'vitest';
import { mediaResponse } from './media-response';

const sha = 'a'.repeat(64);
const media = { blob: new Blob([Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])]), type: 'audio/mpeg' };
const get = (headers: Record<string, string> = {}) => new Request(`https://sabil.test/media/${sha}`, { headers });
const bodyOf = async (response: Response) => [...new Uint8Array(await response.arrayBuffer())];

describe('mediaResponse', () => {
  it('answers the whole file with its type, length and Accept-Ranges', async () => {
    const response = mediaResponse(get(), sha, media);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'audio/mpeg',
      'content-length': '10',
      'accept-ranges': 'bytes',
      etag: `"${sha}"`,
    });
    expect(await bodyOf(response)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each([
    ['bytes=0-1', 'bytes 0-1/10', [0, 1]],
    ['bytes=7-', 'bytes 7-9/10', [7, 8, 9]],
    ['bytes=-2', 'bytes 8-9/10', [8, 9]],
  ])('answers %s with 206, %s and those bytes', async (range, contentRange, bytes) => {
    const response = mediaResponse(get({ Range: range }), sha, media);
    expect(response.status).toBe(206);
    expect(response.headers.get('Content-Range')).toBe(contentRange);
    expect(response.headers.get('Content-Length')).toBe(String(bytes.length));
    expect(response.headers.get('Content-Type')).toBe('audio/mpeg');
    expect(await bodyOf(response)).toEqual(bytes);
  });

  it('answers a range past the end with 416', () => {
    const response = mediaResponse(get({ Range: 'bytes=10-' }), sha, media);
    expect(response.status).toBe(416);
    expect(response.headers.get('Content-Range')).toBe('bytes */10');
  });

  it('answers an unknown file with 404', () => {
    expect(mediaResponse(get(), sha, undefined).status).toBe(404);
  });
});
