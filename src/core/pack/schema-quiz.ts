/** Quiz blocks and their items: single, multiple, numeric, text and ordering. */
import * as v from 'valibot';
import { idSchema, localizedMediaSchema, localizedSchema, masterySchema, mediaPathSchema } from './schema-common';

const choiceSchema = v.strictObject({
  id: idSchema,
  text: localizedSchema,
  /** Optional picture on the choice, for learners who read little yet. */
  image: v.optional(mediaPathSchema),
});

const choicesSchema = v.pipe(v.array(choiceSchema), v.minLength(2));

/** Fields every item has, whatever its type. */
const itemEntries = {
  id: idSchema,
  skills: v.pipe(v.array(idSchema), v.minLength(1)),
  prompt: localizedSchema,
  /** Optional spoken prompt, for some of the languages. */
  audio: v.optional(localizedMediaSchema),
  hint: v.optional(localizedSchema),
  feedback: v.optional(v.strictObject({ correct: v.optional(localizedSchema), wrong: v.optional(localizedSchema) })),
};

const finiteNumber = v.pipe(v.number(), v.finite());

export const quizItemSchema = v.variant(
  'type',
  [
    v.strictObject({ ...itemEntries, type: v.literal('single'), choices: choicesSchema, answer: idSchema }),
    v.strictObject({
      ...itemEntries,
      type: v.literal('multiple'),
      choices: choicesSchema,
      answer: v.pipe(v.array(idSchema), v.minLength(1)),
    }),
    v.strictObject({
      ...itemEntries,
      type: v.literal('numeric'),
      answer: finiteNumber,
      tolerance: v.optional(v.pipe(finiteNumber, v.minValue(0))),
    }),
    v.strictObject({
      ...itemEntries,
      type: v.literal('text'),
      accept: v.record(v.string(), v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
    }),
    v.strictObject({ ...itemEntries, type: v.literal('ordering'), choices: choicesSchema, answer: v.array(idSchema) }),
  ],
  'pack/unknown-item-type',
);

export const quizBlockSchema = v.strictObject({
  type: v.literal('quiz'),
  id: idSchema,
  mastery: masterySchema,
  items: v.pipe(v.array(quizItemSchema), v.minLength(1)),
});
