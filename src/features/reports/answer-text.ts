/**
 * A wrong answer as a teacher reads it: the chosen choices' words (in the given language, else any
 * the pack has), or what the learner typed, or, for a shape nobody expected, its stable key.
 */
import { pickText, type WrongAnswer } from '../../core/reports/index';

export function wrongAnswerText(answer: Pick<WrongAnswer, 'choices' | 'value' | 'key'>, language: string): string {
  if (answer.choices) return answer.choices.map((text) => pickText(text, language, '')).join(' / ');
  const { value } = answer;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // Typed answers are recorded as `{ type: 'numeric' | 'text', input }` (docs/events.md).
  if (typeof value === 'object' && value !== null && 'input' in value && typeof value.input === 'string') return value.input;
  return answer.key;
}
