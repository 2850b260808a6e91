import { describe, expect, it } from 'vitest';
import { resolveClientAddress } from './client-address';

const proxies = new Set(['10.0.0.1', '10.0.0.2']);

describe('the client address the rate limits count', () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', new Set())).toBe('203.0.113.9');
  });

  it('is the address the trusted proxy saw, not what the client wrote to the left of it', () => {
    expect(resolveClientAddress('10.0.0.1', '1.2.3.4, 198.51.100.7', proxies)).toBe('198.51.100.7');
  });

  it('skips every trusted proxy in a chain of them', () => {
    expect(resolveClientAddress('::ffff:10.0.0.2', '198.51.100.7, 10.0.0.1', proxies)).toBe('198.51.100.7');
  });

  it("is the proxy's own address when it sends no X-Forwarded-For", () => {
    expect(resolveClientAddress('10.0.0.1', undefined, proxies)).toBe('10.0.0.1');
  });

  it('ignores X-Forwarded-For from an address that is not a trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.9', '10.0.0.1', proxies)).toBe('203.0.113.9');
  });
});
