/**
 * A seeded generator of realistic class data (issue 7): learners who share a class's tablets on
 * school days (Monday to Friday, UTC) over some weeks, working through the curriculum's lessons
 * in order, answering quizzes with slips and retries, finishing them with stars, reaching mastery
 * exactly when the app's rule says so (`isMastered` on first tries, as quiz-session.ts does), and
 * sometimes leaving a quiz unfinished. Pure: the same options always give the same data.
 */
import { checkAnswer } from '../pack/answer-check';
import type { QuizItem } from '../pack/schema';
import type { EventRecord } from '../events/event-schema';
import { uuidV7 } from '../ids/index';
import { applyEvent, emptyProgress, isMastered, starsFor, type LearnerProgress } from '../progress/index';
import { answerLanguage, rightAnswer, wrongAnswer } from './answers';
import type { Curriculum, CurriculumLesson, CurriculumQuiz } from './curriculum';
import { makeLearnerProfiles, type LearnerProfile } from './learner-profiles';
import { mulberry32, type Prng } from './prng';
import { DAY_MS } from '../school-reports/report-days';

export interface ClassDataOptions {
  seed: number;
  learners?: number;
  weeks?: number;
  /** No event is at or after this instant (ms); the last school day is the UTC day holding it. */
  endMs: number;
  curriculum: Curriculum;
  /** Tablets the class shares, each with its own device id and `seq`. */
  devices?: number;
}

export interface ClassData {
  learners: { id: string; displayName: string }[];
  deviceIds: string[];
  /** Oldest first; per device, `seq` counts up from 1 with time. */
  events: EventRecord[];
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** The first turn on a tablet starts at 08:00 (UTC); each child has it for a 20-minute turn. */
const FIRST_TURN_MS = 8 * 60 * MINUTE;
const TURN_MS = 20 * MINUTE;
const WORK_MS = 17 * MINUTE;

/** An event's type and data, one variant at a time, so the envelope can be added without a cast. */
type EventDraft = EventRecord extends infer E ? (E extends EventRecord ? Pick<E, 'type' | 'data'> : never) : never;

interface LearnerState {
  profile: LearnerProfile;
  lessonIndex: number;
  quizIndex: number;
  /** Doing the quiz again right away: the lesson is not read again. */
  retaking: boolean;
  progress: LearnerProgress;
  /** First tries per item, so an item gets easier with practice. */
  practice: Map<string, number>;
}

/** An item's difficulty, fixed by its ids so that the same item is hard for everyone. */
function difficultyOf(item: QuizItem, quiz: CurriculumQuiz): number {
  let hash = 2166136261;
  for (const char of `${quiz.quizId}/${item.id}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 1000) / 1000 * 0.3 - 0.1;
}

function chanceOfRightFirstTry(state: LearnerState, item: QuizItem, quiz: CurriculumQuiz): number {
  const practised = state.practice.get(`${quiz.quizId}/${item.id}`) ?? 0;
  const isHard = state.profile.hardSkill !== null && item.skills.includes(state.profile.hardSkill);
  const p = isHard ? 0.2 + 0.02 * practised : state.profile.ability - difficultyOf(item, quiz) + Math.min(0.15, 0.05 * practised);
  return Math.min(0.97, Math.max(0.05, p));
}

export function generateClassData(options: ClassDataOptions): ClassData {
  const { seed, learners = 30, weeks = 4, endMs, curriculum, devices = 2 } = options;
  const random = mulberry32(seed);
  const lastDay = Math.floor(endMs / DAY_MS);
  const firstDay = lastDay - weeks * 7 + 1;
  const deviceIds = Array.from({ length: devices }, () => uuidV7(firstDay * DAY_MS, random.bytes(10)));
  const profiles = makeLearnerProfiles(learners, curriculum, random, firstDay * DAY_MS);
  const states = profiles.map((profile): LearnerState => ({ profile, lessonIndex: 0, quizIndex: 0, retaking: false, progress: emptyProgress(), practice: new Map() }));
  const seqs = new Map<string, number>();
  const events: EventRecord[] = [];

  const emit = (state: LearnerState, deviceId: string, at: number, draft: EventDraft) => {
    const seq = (seqs.get(deviceId) ?? 0) + 1;
    seqs.set(deviceId, seq);
    const event: EventRecord = { id: uuidV7(at, random.bytes(10)), deviceId, epoch: 1, seq, learnerId: state.profile.id, at, ...draft };
    events.push(event);
    applyEvent(state.progress, event);
  };

  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = (day + 4) % 7; // 1 January 1970 was a Thursday; 0 is Sunday
    if (weekday === 0 || weekday === 6) continue;
    const present = states.filter((state) => random.chance(state.profile.attendance));
    present.forEach((state, turn) => {
      const deviceId = deviceIds[turn % devices] ?? '';
      const start = day * DAY_MS + FIRST_TURN_MS + Math.floor(turn / devices) * TURN_MS + random.int(0, 60) * SECOND;
      if (start + TURN_MS > endMs) return;
      runTurn(state, curriculum, random, start, (at, draft) => emit(state, deviceId, at, draft));
    });
  }
  return { learners: profiles.map(({ id, displayName }) => ({ id, displayName })), deviceIds, events };
}

/** One child's turn on a tablet: lessons in order from where they stopped, until the turn is over. */
function runTurn(state: LearnerState, curriculum: Curriculum, random: Prng, start: number, emit: (at: number, draft: EventDraft) => void): void {
  const end = start + WORK_MS;
  let at = start + random.int(20, 60) * SECOND; // picking the avatar and the lesson
  const reviews = curriculum.lessons.filter((lesson) => lesson.quizzes.length > 0);
  for (;;) {
    if (at >= end) return;
    const lesson = curriculum.lessons[state.lessonIndex];
    if (!lesson) {
      // The whole curriculum done: the turn goes on practising earlier quizzes.
      if (reviews.length === 0) return;
      const review = random.pick(reviews);
      const result = runQuiz(state, review, random.pick(review.quizzes), random, at, end, emit);
      if (result === null) return;
      at = result.at + random.int(30, 90) * SECOND;
      continue;
    }
    const quiz = lesson.quizzes[state.quizIndex];
    // A new lesson is read (text, pictures, audio) before its quiz.
    if (state.quizIndex === 0 && !state.retaking) at += random.int(120, 300) * SECOND;
    state.retaking = false;
    if (!quiz) {
      finishLesson(state, lesson, at, emit);
      at += random.int(30, 90) * SECOND;
      continue;
    }
    const result = runQuiz(state, lesson, quiz, random, at, end, emit);
    if (result === null) return; // the turn ended in the middle of the quiz: it is left in progress
    at = result.at;
    // After one star, a child often does the quiz again before moving on.
    if (result.stars === 1 && random.chance(0.6)) {
      state.retaking = true;
      continue;
    }
    state.quizIndex++;
    if (state.quizIndex < lesson.quizzes.length) continue;
    // Most children tap "I have finished this lesson" after its quiz; some forget.
    if (random.chance(0.85)) finishLesson(state, lesson, (at += random.int(5, 30) * SECOND), emit);
    else advance(state);
    at += random.int(30, 90) * SECOND;
  }
}

function advance(state: LearnerState): void {
  state.lessonIndex++;
  state.quizIndex = 0;
}

function finishLesson(state: LearnerState, lesson: CurriculumLesson, at: number, emit: (at: number, draft: EventDraft) => void): void {
  emit(at, { type: 'lesson.completed', data: { packId: lesson.packId, packVersion: lesson.packVersion, lessonId: lesson.lessonId } });
  advance(state);
}

/** Answers every item (retrying as QuizRunner allows), then the result and any mastery reached; null when time runs out first. */
function runQuiz(
  state: LearnerState, lesson: CurriculumLesson, quiz: CurriculumQuiz, random: Prng, startAt: number, end: number,
  emit: (at: number, draft: EventDraft) => void,
): { at: number; stars: 1 | 2 | 3 } | null {
  const { packId, packVersion } = lesson;
  let at = startAt;
  let firstTryCorrect = 0;
  for (const item of quiz.items) {
    at += Math.round(state.profile.secondsPerItem * (0.6 + random.next() * 0.8)) * SECOND;
    if (at >= end) return null;
    const language = answerLanguage(item, state.profile.language);
    const p = chanceOfRightFirstTry(state, item, quiz);
    const key = `${quiz.quizId}/${item.id}`;
    state.practice.set(key, (state.practice.get(key) ?? 0) + 1);
    // After two wrong tries the app lets a child move on; about half do.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const tryRight = random.chance(attempt === 1 ? p : Math.min(0.95, p + 0.25 * attempt));
      const answer = tryRight ? rightAnswer(item, language) : wrongAnswer(item, language, random);
      const correct = checkAnswer(item, answer, language);
      emit(at, { type: 'quiz.answered', data: { packId, packVersion, quizId: quiz.quizId, itemId: item.id, skills: [...item.skills], correct, attempt, answer } });
      if (correct) {
        if (attempt === 1) firstTryCorrect++;
        break;
      }
      if (attempt === 2 && random.chance(0.5)) break;
      at += random.int(10, 40) * SECOND;
    }
  }
  at += random.int(3, 10) * SECOND;
  const stars = starsFor(firstTryCorrect, quiz.items.length);
  emit(at, { type: 'quiz.completed', data: { packId, packVersion, lessonId: lesson.lessonId, quizId: quiz.quizId, firstTryCorrect, total: quiz.items.length, stars } });
  // The same rule and order as recordQuizCompleted: each skill of the quiz not yet mastered, checked on first tries.
  for (const skill of new Set(quiz.items.flatMap((item) => item.skills))) {
    if (state.progress.masteredSkills.has(skill)) continue;
    if (isMastered(state.progress.skillAnswers.get(skill) ?? [], quiz.mastery)) emit(at, { type: 'mastery.reached', data: { packId, skill } });
  }
  return { at, stars };
}
