/** Every place a pack's content points at a media file, with where it is and what it must be. */
import type { MediaKind } from './media-types';
import type { PackSource } from './schema';

export type MediaReference = { path: string; at: string; kind: MediaKind };

export function listMediaReferences(doc: PackSource): MediaReference[] {
  const references: MediaReference[] = [];
  const add = (path: string, at: string, kind: MediaKind) => references.push({ path, at, kind });
  const addEach = (files: Record<string, string> | undefined, at: string, kind: MediaKind) => {
    for (const [language, path] of Object.entries(files ?? {})) add(path, `${at}.${language}`, kind);
  };

  doc.lessons.forEach((lesson, l) => {
    lesson.blocks.forEach((block, b) => {
      const at = `lessons[${l}].blocks[${b}]`;
      if (block.type === 'image') add(block.file, `${at}.file`, 'image');
      if (block.type === 'video') add(block.file, `${at}.file`, 'video');
      if (block.type === 'audio') addEach(block.files, `${at}.files`, 'audio');
      if (block.type !== 'quiz') return;
      block.items.forEach((item, i) => {
        addEach(item.audio, `${at}.items[${i}].audio`, 'audio');
        if (!('choices' in item)) return;
        item.choices.forEach((choice, c) => {
          if (choice.image !== undefined) add(choice.image, `${at}.items[${i}].choices[${c}].image`, 'image');
        });
      });
    });
  });
  return references;
}

/** Distinct referenced paths in order of first use: the files a pack built from `doc` carries. */
export function listMediaPaths(doc: PackSource): string[] {
  return [...new Set(listMediaReferences(doc).map((reference) => reference.path))];
}
