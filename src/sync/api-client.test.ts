import { describe, expect, it } from 'vitest';
import { errorFrom } from './api-client';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('errorFrom', () => {
  it("carries a busy server's Retry-After seconds into the error as retryAfterMs", async () => {
    const error = await errorFrom(answer(429, { code: 'sync/busy', params: { retryAfterSeconds: 12 } }, { 'Retry-After': '12' }));
    expect(error).toMatchObject({ code: 'sync/busy', params: { retryAfterSeconds: 12, retryAfterMs: 12_000 } });
  });

  it('reads a Retry-After date on a 503 with no code it knows', async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const error = await errorFrom(answer(503, { oops: true }, { 'Retry-After': inAMinute }));
    expect(error.code).toBe('internal/unexpected');
    expect(error.params.retryAfterMs).toBeGreaterThan(55_000);
    expect(error.params.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('ignores Retry-After on other statuses, and its absence', async () => {
    expect((await errorFrom(answer(400, { code: 'http/bad-request', params: {} }, { 'Retry-After': '5' }))).params).toEqual({});
    expect((await errorFrom(answer(429, { code: 'sync/busy', params: {} }))).params).toEqual({});
  });
});
