/** Test helpers for reports: a small pack, a class, and event rows made in order on fake devices. */
import type { QuizItem } from '../pack/schema';
import type { ReportEventRow } from './event-log';
import type { ReportLearner } from './learners';
import type { ReportPack } from './pack-index';

const single = (id: string, skills: string[]): QuizItem => ({
  id, type: 'single', skills, prompt: { en: `Question ${id}` },
  choices: [{ id: 'a', text: { en: 'A', ar: 'أ' } }, { id: 'b', text: { en: 'B', ar: 'ب' } }, { id: 'c', text: { en: 'C', ar: 'ج' } }],
  answer: 'a',
});

/** Pack `math`: lesson `l1` (quiz `q1`, skills add, sub), `l2` (quiz `q2`, skill mul), `l3` (text only). */
export const mathPack: ReportPack = {
  id: 'math', languages: ['en', 'ar'], title: { en: 'Maths' },
  skills: { add: { en: 'Adding', ar: 'الجمع' }, mul: { en: 'Times tables' } },
  lessons: [
    { id: 'l1', title: { en: 'Sums' }, blocks: [{ type: 'quiz', id: 'q1', mastery: { m: 2, n: 3 }, items: [single('i1', ['add']), single('i2', ['add', 'sub'])] }] },
    { id: 'l2', title: { en: 'Times' }, blocks: [{ type: 'quiz', id: 'q2', mastery: { m: 2, n: 3 }, items: [single('i3', ['mul'])] }] },
    { id: 'l3', title: { en: 'Reading' }, blocks: [{ type: 'text', markdown: { en: 'Hello' } }] },
  ],
};

export const learners: ReportLearner[] = [
  { id: 'amal', displayName: 'Amal' },
  { id: 'badr', displayName: 'Badr' },
  { id: 'chama', displayName: 'Chama' },
];

export const T0 = Date.UTC(2025, 2, 10, 8, 0); // 10 March 2025, 08:00 UTC
export const MINUTE = 60_000;

/** Makes rows with increasing seq per device, like appendEvent does. */
export function eventMaker(deviceId = 'dev-1', epoch = 1) {
  let seq = 0;
  return (learnerId: string, at: number, type: string, data: Record<string, unknown>): ReportEventRow => {
    seq++;
    return { id: `${deviceId}-${epoch}-${seq}`, deviceId, epoch, seq, learnerId, type, at, data };
  };
}

export const answered = (quizId: string, itemId: string, skills: string[], correct: boolean, answer: unknown = correct ? 'a' : 'b', attempt = 1) =>
  ({ packId: 'math', packVersion: '1.0.0', quizId, itemId, skills, correct, attempt, answer });
export const quizCompleted = (lessonId: string, quizId: string, stars: 1 | 2 | 3, packId = 'math') =>
  ({ packId, packVersion: '1.0.0', lessonId, quizId, firstTryCorrect: 2, total: 2, stars });
export const lessonCompleted = (lessonId: string, packId = 'math') => ({ packId, packVersion: '1.0.0', lessonId });
export const mastery = (skill: string) => ({ packId: 'math', skill });
