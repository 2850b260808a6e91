/**
 * Answers a demo learner gives to a quiz item: the right one, or a wrong one a child would
 * plausibly choose (the nearest number, a neighbouring choice, two items swapped, a letter
 * missing), so "difficult questions" shows real-looking mistakes. Whether an answer is right is
 * always decided by `checkAnswer`, as in the app, never assumed here.
 */
import type { EventRecord } from '../events/event-schema';
import type { QuizItem } from '../pack/schema';
import type { Prng } from './prng';

/** An answer as `quiz.answered` carries it (a `LearnerAnswer` of core/pack, with plain arrays). */
export type EventAnswer = Extract<EventRecord, { type: 'quiz.answered' }>['data']['answer'];

/** The language a text item is answered in: the learner's when the item accepts it, else its first. */
export function answerLanguage(item: QuizItem, preferred: string): string {
  if (item.type !== 'text' || Object.prototype.hasOwnProperty.call(item.accept, preferred)) return preferred;
  return Object.keys(item.accept)[0] ?? preferred;
}

export function rightAnswer(item: QuizItem, language: string): EventAnswer {
  switch (item.type) {
    case 'single':
      return { type: 'single', choice: item.answer };
    case 'multiple':
      return { type: 'multiple', choices: [...item.answer] };
    case 'ordering':
      return { type: 'ordering', order: [...item.answer] };
    case 'numeric':
      return { type: 'numeric', input: String(item.answer) };
    case 'text':
      return { type: 'text', input: item.accept[language]?.[0] ?? Object.values(item.accept)[0]?.[0] ?? '' };
  }
}

export function wrongAnswer(item: QuizItem, language: string, random: Prng): EventAnswer {
  switch (item.type) {
    case 'single': {
      const others = item.choices.map((choice) => choice.id).filter((id) => id !== item.answer);
      // Most children who slip choose the same distractor: the first one, two times in three.
      return { type: 'single', choice: random.chance(2 / 3) ? (others[0] ?? item.answer) : random.pick(others.length > 0 ? others : [item.answer]) };
    }
    case 'multiple': {
      const extra = item.choices.find((choice) => !item.answer.includes(choice.id));
      const choices = extra && random.chance(0.5) ? [...item.answer, extra.id] : item.answer.slice(0, -1);
      return { type: 'multiple', choices };
    }
    case 'ordering': {
      const order = [...item.answer];
      const at = random.int(0, Math.max(0, order.length - 2));
      const [first, second] = [order[at], order[at + 1]];
      if (first !== undefined && second !== undefined) order.splice(at, 2, second, first);
      return { type: 'ordering', order };
    }
    case 'numeric':
      return { type: 'numeric', input: String(item.answer + (random.chance(0.5) ? 1 : -1)) };
    case 'text': {
      const right = rightAnswer(item, language);
      const word = right.type === 'text' ? right.input : '';
      return { type: 'text', input: word.length > 1 ? word.slice(0, -1) : '?' };
    }
  }
}
