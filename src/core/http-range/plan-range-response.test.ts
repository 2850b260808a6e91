import { describe, expect, it } from 'vitest';
import { planRangeResponse } from './plan-range-response';

describe('planRangeResponse', () => {
  it('sends the whole resource with its length when no range is asked', () => {
    expect(planRangeResponse({ range: null }, 10)).toEqual({
      status: 200,
      headers: { 'Accept-Ranges': 'bytes', 'Content-Length': '10' },
      slice: [0, 10],
    });
  });

  it.each([
    ['bytes=0-0', 'bytes 0-0/10', '1', [0, 1]],
    ['bytes=5-', 'bytes 5-9/10', '5', [5, 10]],
    ['bytes=-3', 'bytes 7-9/10', '3', [7, 10]],
    ['bytes=8-20', 'bytes 8-9/10', '2', [8, 10]],
  ])('answers %s with 206, Content-Range %s, length %s and the slice %j', (range, contentRange, length, slice) => {
    expect(planRangeResponse({ range }, 10)).toEqual({
      status: 206,
      headers: { 'Accept-Ranges': 'bytes', 'Content-Range': contentRange, 'Content-Length': length },
      slice,
    });
  });

  it('answers a range past the end with 416 and the size', () => {
    expect(planRangeResponse({ range: 'bytes=10-' }, 10)).toEqual({
      status: 416,
      headers: { 'Accept-Ranges': 'bytes', 'Content-Range': 'bytes */10' },
    });
  });

  it('sends the whole resource for several ranges or a malformed header', () => {
    expect(planRangeResponse({ range: 'bytes=0-1,4-5' }, 10).status).toBe(200);
    expect(planRangeResponse({ range: 'bytes=x' }, 10).status).toBe(200);
  });

  it('honours If-Range only when it names the current ETag', () => {
    const etag = '"abc"';
    expect(planRangeResponse({ range: 'bytes=0-0', ifRange: etag, etag }, 10)).toMatchObject({ status: 206, headers: { ETag: etag } });
    expect(planRangeResponse({ range: 'bytes=0-0', ifRange: '"old"', etag }, 10)).toMatchObject({ status: 200, slice: [0, 10] });
  });

  it('gives an empty resource a 200 with no bytes', () => {
    expect(planRangeResponse({ range: undefined }, 0)).toMatchObject({ status: 200, slice: [0, 0], headers: { 'Content-Length': '0' } });
  });
});
