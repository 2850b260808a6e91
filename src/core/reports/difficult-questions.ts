/**
 * "Difficult questions": quiz items ordered by their share of wrong first tries, with the wrong
 * answers learners gave and how often. An item needs at least `minAnswers` first tries (default 5)
 * to be ranked, so one unlucky answer does not top the list; the others are only counted.
 */
import type { Localized, QuizItem } from '../pack/schema';
import type { EventLog } from './event-log';
import { eventsByLearner, type ReportLearner } from './learners';
import { itemKey, type PackIndex } from './pack-index';

export const DIFFICULT_DEFAULTS = { minAnswers: 5 } as const;

export interface WrongAnswer {
  /** Stable text form of the answer (JSON with sorted keys): equal answers share it. */
  key: string;
  value: unknown;
  count: number;
  /** For choice items: the chosen choices' texts, in the order given; else null (show `value`). */
  choices: Localized[] | null;
}

export interface DifficultQuestion {
  packId: string;
  quizId: string;
  itemId: string;
  /** From the installed pack, or null when the pack (or this item) is not on this device. */
  item: QuizItem | null;
  lessonId: string | null;
  firstTries: number;
  wrongFirstTries: number;
  /** Most frequent first. */
  wrongAnswers: WrongAnswer[];
}

export interface DifficultQuestions {
  ranked: DifficultQuestion[];
  /** Items answered, but fewer than `minAnswers` times at the first try. */
  tooFewAnswers: number;
}

export function answerKey(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(answerKey).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${answerKey((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The choice ids an answer names: the recorded `{ type, choice | choices | order }` (docs/events.md), or bare ids. */
function choiceIds(value: unknown): readonly unknown[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return null;
  const recorded = value as { choice?: unknown; choices?: unknown; order?: unknown };
  if (typeof recorded.choice === 'string') return [recorded.choice];
  if (Array.isArray(recorded.choices)) return recorded.choices;
  if (Array.isArray(recorded.order)) return recorded.order;
  return null;
}

function choiceTexts(item: QuizItem | null, value: unknown): Localized[] | null {
  if (!item || !('choices' in item)) return null;
  const named = choiceIds(value);
  const ids = named?.every((id): id is string => typeof id === 'string') ? named : null;
  if (!ids) return null;
  const texts = ids.map((id) => item.choices.find((choice) => choice.id === id)?.text);
  return texts.every((text): text is Localized => text !== undefined) ? texts : null;
}

export function findDifficultQuestions(
  learners: readonly ReportLearner[], log: EventLog, index: PackIndex, options: { minAnswers?: number } = {},
): DifficultQuestions {
  const minAnswers = Math.max(1, Math.floor(options.minAnswers ?? DIFFICULT_DEFAULTS.minAnswers) || 1);
  const byItem = new Map<string, DifficultQuestion & { wrong: Map<string, WrongAnswer> }>();
  for (const events of eventsByLearner(learners, log.events).values()) {
    for (const event of events) {
      if (event.type !== 'quiz.answered' || event.data.attempt !== 1) continue;
      const { packId, quizId, itemId } = event.data;
      const key = itemKey(packId, quizId, itemId);
      let entry = byItem.get(key);
      if (!entry) {
        const indexed = index.items.get(key);
        entry = { packId, quizId, itemId, item: indexed?.item ?? null, lessonId: indexed?.lessonId ?? null, firstTries: 0, wrongFirstTries: 0, wrongAnswers: [], wrong: new Map() };
        byItem.set(key, entry);
      }
      entry.firstTries++;
      if (event.data.correct) continue;
      entry.wrongFirstTries++;
      const answer = answerKey(event.data.answer);
      const wrong = entry.wrong.get(answer) ?? { key: answer, value: event.data.answer, count: 0, choices: choiceTexts(entry.item, event.data.answer) };
      wrong.count++;
      entry.wrong.set(answer, wrong);
    }
  }

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ranked: DifficultQuestion[] = [];
  let tooFewAnswers = 0;
  for (const { wrong, ...question } of byItem.values()) {
    if (question.firstTries < minAnswers) {
      tooFewAnswers++;
      continue;
    }
    question.wrongAnswers = [...wrong.values()].sort((a, b) => b.count - a.count || byText(a.key, b.key));
    ranked.push(question);
  }
  // Shares compared by cross-multiplying, so no division and no rounding decides the order.
  ranked.sort((a, b) =>
    b.wrongFirstTries * a.firstTries - a.wrongFirstTries * b.firstTries || b.wrongFirstTries - a.wrongFirstTries ||
    byText(itemKey(a.packId, a.quizId, a.itemId), itemKey(b.packId, b.quizId, b.itemId)));
  return { ranked: ranked.filter((question) => question.wrongFirstTries > 0), tooFewAnswers };
}
