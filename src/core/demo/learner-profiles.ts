/**
 * Who the demo learners are: a name, a language, how able, how often they get the tablet, how
 * fast they work, and for about one in five a skill they find hard (so "needs help" shows
 * someone, as it would in a real class). Ids are UUIDs drawn from the seeded generator.
 */
import { uuidV7 } from '../ids/index';
import type { Curriculum } from './curriculum';
import { DEMO_FIRST_NAMES } from './names';
import type { Prng } from './prng';

export interface LearnerProfile {
  id: string;
  displayName: string;
  language: 'ar' | 'fr' | 'en';
  /** Chance of a right first try on an average item, before practice. */
  ability: number;
  /** Chance of having the tablet on a given school day. */
  attendance: number;
  /** Seconds per question, on average. */
  secondsPerItem: number;
  /** A skill answered right at the first try far less often, whatever the practice. */
  hardSkill: string | null;
}

/** The skills of the first lessons with a quiz: those a class meets in its first weeks. */
function earlySkills(curriculum: Curriculum): string[] {
  const skills = new Set<string>();
  for (const lesson of curriculum.lessons.filter((l) => l.quizzes.length > 0).slice(0, 3)) {
    for (const quiz of lesson.quizzes) for (const item of quiz.items) for (const skill of item.skills) skills.add(skill);
  }
  return [...skills];
}

function shuffled<T>(items: readonly T[], random: Prng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

export function makeLearnerProfiles(count: number, curriculum: Curriculum, random: Prng, createdMs: number): LearnerProfile[] {
  const names = shuffled(DEMO_FIRST_NAMES, random);
  const hard = earlySkills(curriculum);
  return Array.from({ length: count }, (_, i): LearnerProfile => {
    const first = names[i % names.length] ?? 'Learner';
    // Past the list, a number keeps names unique, as a roster requires.
    const displayName = i < names.length ? first : `${first} ${Math.floor(i / names.length) + 1}`;
    const isArabicScript = /[\u0600-\u06ff]/.test(first);
    return {
      id: uuidV7(createdMs, random.bytes(10)),
      displayName,
      language: isArabicScript ? 'ar' : random.pick(['ar', 'fr', 'en'] as const),
      ability: 0.65 + random.next() * 0.3,
      attendance: 0.45 + random.next() * 0.4,
      secondsPerItem: random.int(35, 90),
      hardSkill: hard.length > 0 && i % 5 === 1 ? random.pick(hard) : null,
    };
  });
}
