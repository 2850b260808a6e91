/**
 * One English line for each `pack/…` error, for the CLI only: the app words the same codes
 * through its locales. Every code must be here (the Record type makes tsc check it).
 */
import { isSabilError, type ErrorCode, type ErrorParams } from '../../src/core/errors';
import { CliFailure } from './cli-failure';
import { formatBytes, safe } from './format';

type PackErrorCode = Extract<ErrorCode, `pack/${string}`>;
type Params = Record<string, string>;

const changed = 'pack was changed after it was signed';
const damaged = 'the pack file is damaged or incomplete — copy it again';
const size = (value: string | undefined) => (value === undefined ? '?' : formatBytes(Number(value)));

const MESSAGES: Record<PackErrorCode, (p: Params) => string> = {
  'pack/not-a-zip': () => 'this file is not a lesson pack (it is not a zip file)',
  'pack/truncated': () => 'the pack file is incomplete — copy it again',
  'pack/corrupt-zip': (p) => `${damaged} (${p.reason}${p.path ? ` at ${p.path}` : ''})`,
  'pack/unsupported-zip': (p) => `the pack uses a zip feature Sabil does not read (${p.reason})`,
  'pack/too-many-entries': (p) => `the pack holds too many files (${p.count}, at most ${p.max})`,
  'pack/too-large': (p) => `the pack is too large once unpacked (over ${size(p.max)})`,
  'pack/entry-too-large': (p) => `file ${p.path} is too large (${size(p.size)}, at most ${size(p.max)})`,
  'pack/ratio-too-high': (p) => `file ${p.path} unpacks to more than ${p.max} times its packed size (a zip bomb?)`,
  'pack/unsafe-path': (p) => `the pack holds a file with an unsafe name: ${p.path} (${p.reason})`,
  'pack/path-traversal': (p) => `the pack holds a file whose name leads outside the pack: ${p.path}`,
  'pack/absolute-path': (p) => `the pack holds a file with an absolute name: ${p.path}`,
  'pack/symlink': (p) => `the pack holds a symbolic link: ${p.path}`,
  'pack/special-file': (p) => `the pack holds something that is not a plain file: ${p.path}`,
  'pack/duplicate-entry': (p) => `the pack holds ${p.path} twice`,
  'pack/duplicate-normalised-entry': (p) =>
    `the pack holds ${p.path} and ${p.other}, the same name once Unicode-normalised and lower-cased`,
  'pack/nested-archive': (p) =>
    `the pack holds an archive inside it: ${p.path} (${p.reason === 'extension' ? 'by its name' : 'by its content'})`,
  'pack/corrupt-entry': (p) => `${damaged} (${p.path}: ${p.reason})`,
  'pack/missing-manifest': () => 'the pack has no manifest.json',
  'pack/missing-signature': () => 'the pack is not signed (it has no signature.json)',
  'pack/manifest-not-json': (p) => `the pack's manifest.json is not valid JSON (${p.reason})`,
  'pack/duplicate-json-key': (p) => `${p.file} gives the key "${p.key}" twice in one object; which one counts is unclear`,
  'pack/bad-signature-file': (p) => `the pack's signature.json is malformed (${p.reason})`,
  'pack/untrusted-key': (p) => `the pack is signed by a publisher that is not trusted here (key ${p.keyId})`,
  'pack/bad-signature': (p) => `${changed} (the manifest does not match the signature by key ${p.keyId})`,
  'pack/key-mismatch': (p) => `the manifest names publisher key ${p.manifestKeyId} but was signed by key ${p.signatureKeyId}`,
  'pack/unsupported-format': (p) => `the pack is in format ${p.value}, which this version of Sabil cannot read`,
  'pack/invalid-manifest': (p) => `${p.at || 'the document'}: expected ${p.expected}, found ${p.received}`,
  'pack/unknown-field': (p) => `${p.at} is not a field of the pack format`,
  'pack/unknown-block-type': (p) => `${p.at}: unknown block type ${p.value} (text, image, audio, video or quiz)`,
  'pack/unknown-item-type': (p) => `${p.at}: unknown item type ${p.value} (single, multiple, numeric, text or ordering)`,
  'pack/bad-id': (p) => `${p.at}: ${p.value} is not a valid id (letters, digits, ".", "_", "-")`,
  'pack/bad-version': (p) => `${p.at}: ${p.value} is not a semantic version such as 1.0.0`,
  'pack/bad-language': (p) => `${p.at}: ${p.value} is not a language code declared in "languages"`,
  'pack/missing-translation': (p) => `${p.at} has no text for language ${p.language}`,
  'pack/duplicate-id': (p) => `${p.at}: ${p.value} is used twice`,
  'pack/unknown-choice': (p) => `${p.at}: ${p.value} is not one of the item's choices`,
  'pack/bad-answer': (p) =>
    `${p.at}: the answer ${p.reason === 'incomplete' ? 'must list every choice once' : 'names a choice twice'}`,
  'pack/bad-mastery': (p) => `${p.at}: mastery must be m of the last n with 1 ≤ m ≤ n ≤ 100 (found ${p.value})`,
  'pack/bad-media-path': (p) => `${p.at}: ${p.value} must be a file under media/ named with letters, digits, ".", "_", "-"`,
  'pack/bad-media-type': (p) =>
    p.expected
      ? `${p.at}: ${p.value} is not a kind of ${p.expected} file a pack may carry`
      : `${p.at}: type ${p.value} does not match the file's extension`,
  'pack/unknown-file': (p) => `${p.at}: ${p.value} is not in the manifest's list of files`,
  'pack/unlisted-file': (p) => `the pack holds ${p.path}, which its manifest does not list`,
  'pack/missing-file': (p) => `the pack is missing ${p.path}, which its manifest lists`,
  'pack/file-size-mismatch': (p) => `${changed} (file ${p.path} has ${p.actual} bytes, not ${p.expected})`,
  'pack/file-hash-mismatch': (p) => `${changed} (file ${p.path} does not match its hash)`,
  'pack/bad-key': (p) => `not a valid publisher key (${p.reason})`,
  'pack/missing-source-file': (p) => `${p.path} is used by the pack but there is no such file`,
  'pack/source-not-json': (p) => `not valid JSON (${p.reason})`,
  'pack/not-found': (p) => (p.id ? `there is no pack ${p.id} ${p.version} in the catalogue` : 'there is no such pack in the catalogue'),
  'pack/version-exists': (p) =>
    `${p.id} ${p.version} is already published with other content; give the changed pack a new version`,
  'pack/older-version': (p) => `version ${p.offered} is older than version ${p.installed}, already installed`,
  'pack/not-installed': (p) => `the pack ${p.packId} is not installed`,
};

function isPackCode(code: ErrorCode): code is PackErrorCode {
  return code.startsWith('pack/');
}

function safeParams(params: ErrorParams): Params {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, safe(value)]));
}

/** One line, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof CliFailure) return error.message;
  if (isSabilError(error)) {
    const { code } = error;
    if (isPackCode(code)) return MESSAGES[code](safeParams(error.params));
    return `${code} ${safe(JSON.stringify(error.params))}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${safe(message.split('\n')[0])}`;
}
