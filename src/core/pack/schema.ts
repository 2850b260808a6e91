/**
 * The shapes of `pack.source.json` (what an author writes) and `manifest.json` (the source
 * plus format, publisher and file list). Cross-field rules live in check-semantics.ts.
 */
import * as v from 'valibot';
import {
  idSchema,
  languageSchema,
  localizedMediaSchema,
  localizedSchema,
  mediaPathSchema,
  versionSchema,
} from './schema-common';
import { quizBlockSchema, type quizItemSchema } from './schema-quiz';

export const blockSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('text'), markdown: localizedSchema }),
    v.strictObject({ type: v.literal('image'), file: mediaPathSchema, alt: localizedSchema }),
    v.strictObject({ type: v.literal('audio'), files: localizedMediaSchema, transcript: v.optional(localizedSchema) }),
    v.strictObject({ type: v.literal('video'), file: mediaPathSchema, caption: localizedSchema }),
    quizBlockSchema,
  ],
  'pack/unknown-block-type',
);

const lessonSchema = v.strictObject({
  id: idSchema,
  title: localizedSchema,
  blocks: v.pipe(v.array(blockSchema), v.minLength(1)),
});

const sourceEntries = {
  id: idSchema,
  version: versionSchema,
  languages: v.pipe(v.array(languageSchema), v.minLength(1)),
  title: localizedSchema,
  description: localizedSchema,
  lessons: v.pipe(v.array(lessonSchema), v.minLength(1)),
  /** Optional names of the skills quiz items use, per language, so learners see words, not ids. */
  skills: v.optional(v.record(idSchema, localizedSchema)),
};

export const sourceSchema = v.strictObject(sourceEntries);

export const fileEntrySchema = v.strictObject({
  path: mediaPathSchema,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  type: v.string(),
});

export const MANIFEST_FORMAT = 1;

export const manifestSchema = v.strictObject({
  format: v.literal(MANIFEST_FORMAT),
  ...sourceEntries,
  publisher: v.strictObject({
    keyId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  }),
  files: v.array(fileEntrySchema),
});

export type Localized = Record<string, string>;
export type PackSource = v.InferOutput<typeof sourceSchema>;
export type Manifest = v.InferOutput<typeof manifestSchema>;
export type Lesson = PackSource['lessons'][number];
export type Block = v.InferOutput<typeof blockSchema>;
export type QuizBlock = v.InferOutput<typeof quizBlockSchema>;
export type QuizItem = v.InferOutput<typeof quizItemSchema>;
export type FileEntry = v.InferOutput<typeof fileEntrySchema>;
