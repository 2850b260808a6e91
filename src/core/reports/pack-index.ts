/**
 * What reports need from the installed packs' manifests: lessons in order with their quizzes and
 * skills, where each quiz item lives, and the skills' names. Packs are given by the caller (the
 * rows of the `packs` table); anything events mention that is not here is "not on this device".
 */
import type { Localized, Manifest, QuizItem } from '../pack/schema';

export type ReportPack = Pick<Manifest, 'id' | 'languages' | 'title' | 'lessons' | 'skills'>;

export interface IndexedLesson {
  packId: string;
  lessonId: string;
  title: Localized;
  quizIds: string[];
  /** Every skill the lesson's quiz items practise, in order of first use. */
  skills: string[];
}

export interface IndexedItem {
  packId: string;
  lessonId: string;
  quizId: string;
  item: QuizItem;
}

export interface PackIndex {
  lessons: IndexedLesson[];
  /** By `${packId}/${lessonId}`. */
  lessonByKey: Map<string, IndexedLesson>;
  /** By `${packId}/${quizId}`. */
  lessonByQuiz: Map<string, IndexedLesson>;
  /** By `${packId}/${quizId}/${itemId}`. */
  items: Map<string, IndexedItem>;
  /** Skills of all installed packs' quizzes, in pack then lesson order. */
  skills: string[];
  /** A skill's names from the first pack that names it. */
  skillNames: Map<string, Localized>;
  packIds: Set<string>;
}

export const lessonKey = (packId: string, lessonId: string) => `${packId}/${lessonId}`;
export const itemKey = (packId: string, quizId: string, itemId: string) => `${packId}/${quizId}/${itemId}`;

export function indexPacks(packs: readonly ReportPack[]): PackIndex {
  const index: PackIndex = {
    lessons: [], lessonByKey: new Map(), lessonByQuiz: new Map(), items: new Map(), skills: [], skillNames: new Map(), packIds: new Set(),
  };
  const skillsSeen = new Set<string>();
  for (const pack of packs) {
    if (index.packIds.has(pack.id)) continue;
    index.packIds.add(pack.id);
    for (const lesson of pack.lessons) {
      const indexed: IndexedLesson = { packId: pack.id, lessonId: lesson.id, title: lesson.title, quizIds: [], skills: [] };
      for (const block of lesson.blocks) {
        if (block.type !== 'quiz') continue;
        indexed.quizIds.push(block.id);
        index.lessonByQuiz.set(lessonKey(pack.id, block.id), indexed);
        for (const item of block.items) {
          index.items.set(itemKey(pack.id, block.id, item.id), { packId: pack.id, lessonId: lesson.id, quizId: block.id, item });
          for (const skill of item.skills) {
            if (!indexed.skills.includes(skill)) indexed.skills.push(skill);
            if (!skillsSeen.has(skill)) {
              skillsSeen.add(skill);
              index.skills.push(skill);
            }
          }
        }
      }
      index.lessons.push(indexed);
      index.lessonByKey.set(lessonKey(pack.id, lesson.id), indexed);
    }
    for (const [skill, names] of Object.entries(pack.skills ?? {})) {
      if (!index.skillNames.has(skill)) index.skillNames.set(skill, names);
    }
  }
  return index;
}

/** A text in `language`, else in any language it has, else `fallback` (an id is better than a blank). */
export function pickText(text: Localized | undefined, language: string, fallback: string): string {
  if (!text) return fallback;
  return text[language] ?? Object.values(text)[0] ?? fallback;
}

export function skillName(index: PackIndex, skill: string, language: string): string {
  return pickText(index.skillNames.get(skill), language, skill);
}
