/**
 * Refuses JSON that gives an object key twice. JSON.parse keeps the last silently, other readers
 * keep the first, so `{"id": "a", "id": "b"}` would name one pack to a device and another to a
 * tool or a person reading the file. Run on text that JSON.parse has accepted, so a scanner that
 * only tracks strings and brackets is enough.
 */
import { SabilError } from '../errors';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MAX_KEY_LENGTH = 80;

/** null stands for an array; an object counts its keys and whether a key comes next. */
type Frame = { keys: Set<string>; expectsKey: boolean } | null;

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

/** The first key given twice in one object (compared after unescaping), or undefined. */
export function findDuplicateKey(text: string): string | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.expectsKey) {
        const raw = text.slice(i + 1, end);
        // "\u0061" and "a" are the same key.
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) return key;
        top.keys.add(key);
        top.expectsKey = false;
      }
      i = end;
    } else if (c === '{') stack.push({ keys: new Set(), expectsKey: true });
    else if (c === '[') stack.push(null);
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top) top.expectsKey = true;
    }
  }
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Throws `pack/duplicate-json-key` { file, key } for JSON (text or UTF-8 bytes) that has already parsed. */
export function checkUniqueKeys(json: string | Uint8Array, file: string): void {
  const key = findDuplicateKey(typeof json === 'string' ? json : decoder.decode(json));
  if (key === undefined) return;
  const shown = key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key;
  throw new SabilError('pack/duplicate-json-key', { file, key: shown });
}
