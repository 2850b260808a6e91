/**
 * What the demo data generator needs from lesson packs: lessons in teaching order, each with its
 * pack id and version and its quizzes' items (ids, skills, right answers) and mastery rules. Built
 * from pack manifests (the demo packs) or made up for tests (`curriculumOf(20)`).
 */
import type { Manifest, PackSource, QuizItem } from '../pack/schema';

export interface CurriculumQuiz {
  quizId: string;
  mastery: { m: number; n: number };
  items: readonly QuizItem[];
}

export interface CurriculumLesson {
  packId: string;
  packVersion: string;
  lessonId: string;
  /** The lesson's title in English (else its first language), for what names it outside the pack (a demo assignment). */
  title: string;
  /** Empty for a lesson to read only: it is finished with `lesson.completed` alone. */
  quizzes: readonly CurriculumQuiz[];
}

export interface Curriculum {
  lessons: readonly CurriculumLesson[];
}

export type CurriculumPack = Pick<Manifest, 'id' | 'version' | 'lessons'>;

/** The packs' lessons one pack after the other, in the order each pack lists them. */
export function curriculumFromPacks(packs: readonly CurriculumPack[]): Curriculum {
  return {
    lessons: packs.flatMap((pack) =>
      pack.lessons.map((lesson): CurriculumLesson => ({
        packId: pack.id,
        packVersion: pack.version,
        lessonId: lesson.id,
        title: lesson.title.en ?? Object.values(lesson.title)[0] ?? lesson.id,
        quizzes: lesson.blocks.flatMap((block) => (block.type === 'quiz' ? [{ quizId: block.id, mastery: block.mastery, items: block.items }] : [])),
      })),
    ),
  };
}

const SKILLS = ['count', 'add', 'subtract', 'compare', 'letters', 'sounds', 'words', 'story'] as const;
const ITEM_TYPES = ['single', 'numeric', 'multiple', 'text', 'ordering'] as const;
const ITEMS_PER_QUIZ = 5;

function syntheticItem(lesson: number, index: number): QuizItem {
  const id = `l${lesson}-q${index + 1}`;
  // Two skills per lesson, in turn, so skills come back across lessons as they do in real packs.
  const skill = SKILLS[(lesson + (index % 2)) % SKILLS.length] ?? 'count';
  const base = { id, skills: [skill], prompt: { en: `Question ${index + 1} of lesson ${lesson}`, ar: `السؤال ${index + 1} من الدرس ${lesson}` } };
  const choices = ['a', 'b', 'c', 'd'].map((choice) => ({ id: choice, text: { en: choice.toUpperCase(), ar: choice } }));
  switch (ITEM_TYPES[(lesson + index) % ITEM_TYPES.length]) {
    case 'numeric':
      return { ...base, type: 'numeric', answer: (lesson + index) % 10 };
    case 'multiple':
      return { ...base, type: 'multiple', choices, answer: ['a', 'c'] };
    case 'text':
      return { ...base, type: 'text', accept: { en: ['cat'], ar: ['قط'] } };
    case 'ordering':
      return { ...base, type: 'ordering', choices, answer: ['b', 'a', 'd', 'c'] };
    default:
      return { ...base, type: 'single', choices, answer: 'b' };
  }
}

/** A made-up pack of `lessons` lessons (every one with a quiz of five items but each fifth, read only), for tests. */
export function syntheticPack(lessons: number, id = 'sabil.test.synthetic'): PackSource {
  return {
    id,
    version: '1.0.0',
    languages: ['en', 'ar'],
    title: { en: 'Synthetic pack', ar: 'حزمة للاختبار' },
    description: { en: 'Made up for tests' },
    skills: Object.fromEntries(SKILLS.map((skill) => [skill, { en: `Skill ${skill}` }])),
    lessons: Array.from({ length: lessons }, (_, i) => {
      const lesson = i + 1;
      const title = { en: `Lesson ${lesson}`, ar: `الدرس ${lesson}` };
      if (lesson % 5 === 0) return { id: `l${lesson}`, title, blocks: [{ type: 'text' as const, markdown: { en: 'Read this.' } }] };
      const items = Array.from({ length: ITEMS_PER_QUIZ }, (_, index) => syntheticItem(lesson, index));
      return { id: `l${lesson}`, title, blocks: [{ type: 'quiz' as const, id: `l${lesson}-quiz`, mastery: { m: 4, n: 5 }, items }] };
    }),
  };
}

/** The curriculum of `syntheticPack(lessons)`. */
export function curriculumOf(lessons: number): Curriculum {
  return curriculumFromPacks([syntheticPack(lessons)]);
}
