import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './resolve-static-path';

const root = '/srv/sabil/dist';

describe('resolveStaticPath', () => {
  it.each([
    ['/index.html', 'index.html'],
    ['/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['/icons/icon%20192.png', 'icons/icon 192.png'],
    ['/locales/ar/app.json', 'locales/ar/app.json'],
  ])('maps %s to %s', (rawPath, expected) => {
    expect(resolveStaticPath(root, rawPath)).toBe(expected);
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/assets%2f..%2f..%2fpackage.json',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/assets//x.js',
    '/.build-stamp',
    '/.git/config',
    '/index.html%00.png',
    '/C:%5cWindows',
    '/bad%zzencoding',
    '/assets/',
    'relative/path',
  ])('refuses %s', (rawPath) => {
    expect(resolveStaticPath(root, rawPath)).toBeUndefined();
  });
});
