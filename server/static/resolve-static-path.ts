import { resolve, sep } from 'node:path';

/**
 * Turns a raw URL path (`/assets/app%20x.js`) into a path relative to the static root
 * (`assets/app x.js`), or undefined when it is not one we will serve: it could climb out of
 * the root (`..`, an encoded `/` or `\`), names a hidden file (`.build-stamp`), or is malformed.
 * The containment check at the end holds even if a rule above is ever loosened.
 */
export function resolveStaticPath(root: string, rawPath: string): string | undefined {
  if (!rawPath.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    const segment = decodeSegment(raw);
    if (segment === undefined || !isPlainName(segment)) return undefined;
    segments.push(segment);
  }
  const absoluteRoot = resolve(root);
  if (!resolve(absoluteRoot, ...segments).startsWith(absoluteRoot + sep)) return undefined;
  return segments.join('/');
}

function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** No empty, dot-led, separator-bearing or NUL-bearing segment; `:` blocks Windows drives and streams. */
function isPlainName(segment: string): boolean {
  return segment !== '' && !segment.startsWith('.') && !/[/\\\0:]/.test(segment);
}
