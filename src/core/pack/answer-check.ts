/** Whether a learner's answer to a quiz item is correct. Pure, so device and server agree. */
import { normaliseTextAnswer, parseNumericInput } from './normalise-answer';
import type { QuizItem } from './schema';

export type LearnerAnswer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: readonly string[] }
  | { type: 'numeric'; input: string }
  | { type: 'text'; input: string }
  | { type: 'ordering'; order: readonly string[] };

// Room for binary floating point: 0.1 + 0.2 typed as 0.3 must count as 0.3.
const EPSILON = 1e-9;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === a.length && a.length === b.length && b.every((id) => set.has(id));
}

/** `language` is the one the learner is working in; text answers are accepted per language. */
export function checkAnswer(item: QuizItem, answer: LearnerAnswer, language: string): boolean {
  if (item.type === 'single' && answer.type === 'single') return answer.choice === item.answer;
  if (item.type === 'multiple' && answer.type === 'multiple') return sameSet(answer.choices, item.answer);
  if (item.type === 'ordering' && answer.type === 'ordering') {
    return answer.order.length === item.answer.length && item.answer.every((id, index) => answer.order[index] === id);
  }
  if (item.type === 'numeric' && answer.type === 'numeric') {
    const value = parseNumericInput(answer.input);
    const tolerance = item.tolerance ?? 0;
    return value !== null && Math.abs(value - item.answer) <= tolerance + EPSILON * Math.max(1, Math.abs(item.answer));
  }
  if (item.type === 'text' && answer.type === 'text') {
    const typed = normaliseTextAnswer(answer.input, language);
    const accepted = Object.prototype.hasOwnProperty.call(item.accept, language) ? item.accept[language] : undefined;
    return typed !== '' && (accepted ?? []).some((candidate) => normaliseTextAnswer(candidate, language) === typed);
  }
  return false;
}
