/** Turns the first valibot issue into a `pack/…` error that says where it is. */
import type * as v from 'valibot';
import { SabilError, type ErrorCode } from '../errors';

const MAX_VALUE_LENGTH = 80;

/** `lessons[0].blocks[2].type`: the same notation as check-semantics.ts. */
export function formatIssuePath(issue: v.BaseIssue<unknown>): string {
  let at = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    at += typeof key === 'number' ? `[${key}]` : `${at ? '.' : ''}${String(key)}`;
  }
  return at;
}

/** An offending value as short text; never throws, whatever the value (String() can, on `{"toString": {}}`). */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value); // not JSON at all: a BigInt or a cycle
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function isPackCode(message: string): message is ErrorCode {
  return /^pack\/[a-z-]+$/.test(message);
}

export function issueToError(issue: v.BaseIssue<unknown>): SabilError {
  const at = formatIssuePath(issue);
  if (isPackCode(issue.message)) return new SabilError(issue.message, { at, value: describeValue(issue.input) });
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return new SabilError('pack/unknown-field', { at });
  }
  return new SabilError('pack/invalid-manifest', { at, expected: issue.expected ?? issue.type, received: issue.received });
}
