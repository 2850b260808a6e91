/**
 * `inspect <zip> [--trust key.json …] [--no-demo]`: what a pack holds and whether it checks out,
 * step by step. Exit 0 only when it would pass `verify`. Everything printed from the pack goes
 * through `safe`, since an unverified pack's text is anyone's.
 */
import {
  parseManifest,
  readPackMeta,
  readZip,
  verifyFiles,
  verifyManifestSignature,
  type Block,
  type Localized,
  type Manifest,
} from '../../src/core/pack';
import { EXIT_OK, EXIT_REJECTED } from './cli-failure';
import { readBytes } from './files';
import { formatBytes, safe } from './format';
import { describeError } from './messages';
import { parseZipCommand } from './trust-options';

const texts = (text: Localized) =>
  Object.entries(text)
    .map(([language, value]) => `${language}: ${safe(value)}`)
    .join(' | ');

function describeBlock(block: Block): string {
  return block.type === 'quiz' ? `quiz ${safe(block.id)} (${block.items.length} item${block.items.length === 1 ? "" : "s"}, ${block.mastery.m} of ${block.mastery.n})` : block.type;
}

function printManifest(manifest: Manifest, print: (line: string) => void): void {
  print(`id:          ${safe(manifest.id)}`);
  print(`version:     ${safe(manifest.version)}`);
  print(`publisher:   ${safe(manifest.publisher.name)} (key ${manifest.publisher.keyId})`);
  print(`languages:   ${manifest.languages.map(safe).join(', ')}`);
  print(`title:       ${texts(manifest.title)}`);
  print(`description: ${texts(manifest.description)}`);
  print(`lessons:     ${manifest.lessons.length}`);
  manifest.lessons.forEach((lesson, index) => {
    const first = manifest.languages[0] ?? '';
    print(`  ${index + 1}. ${safe(lesson.id)} — ${safe(lesson.title[first] ?? '')}: ${lesson.blocks.map(describeBlock).join(', ')}`);
  });
  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  print(`files:       ${manifest.files.length} (${formatBytes(total)})`);
  for (const file of manifest.files) print(`  ${safe(file.path)}  ${safe(file.type)}  ${formatBytes(file.size)}`);
}

export async function inspect(args: string[]): Promise<number> {
  const { zipPath, trustedKeys } = await parseZipCommand(args, 'usage: pack inspect <file.zip> [--trust <key.json> …] [--no-demo]');
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const bytes = await readBytes(zipPath);
  print(`file:        ${zipPath} (${formatBytes(bytes.length)})`);
  try {
    const entries = await readZip(bytes);
    const { manifestJson, signature } = readPackMeta(entries);
    const manifest = parseManifest(manifestJson);
    printManifest(manifest, print);
    let isValid = true;
    try {
      const key = verifyManifestSignature(manifestJson, signature, trustedKeys);
      print(`signature:   valid, by trusted key ${key.keyId}${key.name ? ` (${safe(key.name)})` : ''}${key.warning ? ` — ${safe(key.warning)}` : ''}`);
    } catch (error) {
      isValid = false;
      print(`signature:   NOT ACCEPTED — ${describeError(error)}`);
    }
    try {
      await verifyFiles(manifest, entries);
      print(`contents:    every file matches the manifest`);
    } catch (error) {
      isValid = false;
      print(`contents:    NOT ACCEPTED — ${describeError(error)}`);
    }
    return isValid ? EXIT_OK : EXIT_REJECTED;
  } catch (error) {
    print(`NOT ACCEPTED — ${describeError(error)}`);
    return EXIT_REJECTED;
  }
}
