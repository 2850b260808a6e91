/**
 * "Needs help": a learner whose last `window` first-try answers on a skill include at least
 * `wrong` wrong ones. Defaults: 3 wrong in the last 5 (NEEDS_HELP_DEFAULTS), strict enough not to
 * flag one bad day and soon enough to act before the learner gives up. Retries never count, as
 * for mastery. A learner who mastered the skill earlier is still listed if recent answers fail.
 */
import type { EventLog } from './event-log';
import { eventsByLearner, type ReportLearner } from './learners';
import { skillName, type PackIndex } from './pack-index';

export const NEEDS_HELP_DEFAULTS = { window: 5, wrong: 3 } as const;

export interface NeedsHelpRow {
  learnerId: string;
  displayName: string;
  skill: string;
  name: string;
  /** Wrong first tries among the last `of`. */
  wrong: number;
  of: number;
  /** Device time of the last answer on the skill, for "when". */
  lastAt: number;
}

/** Whole numbers with wrong ≤ window, so a typo in a setting cannot flag everybody or nobody by accident. */
function sanitise(options: { window?: number; wrong?: number }): { window: number; wrong: number } {
  const whole = (value: number | undefined, fallback: number) => Math.max(1, Math.floor(value !== undefined && Number.isFinite(value) ? value : fallback));
  const window = whole(options.window, NEEDS_HELP_DEFAULTS.window);
  return { window, wrong: Math.min(window, whole(options.wrong, NEEDS_HELP_DEFAULTS.wrong)) };
}

export function findNeedsHelp(
  learners: readonly ReportLearner[], log: EventLog, index: PackIndex, options: { language: string; window?: number; wrong?: number },
): NeedsHelpRow[] {
  const rule = sanitise(options);
  const rows: NeedsHelpRow[] = [];
  const byLearner = eventsByLearner(learners, log.events);
  for (const learner of learners) {
    const answers = new Map<string, { correct: boolean[]; lastAt: number }>();
    for (const event of byLearner.get(learner.id) ?? []) {
      if (event.type !== 'quiz.answered' || event.data.attempt !== 1) continue;
      for (const skill of event.data.skills) {
        const entry = answers.get(skill) ?? { correct: [], lastAt: event.at };
        entry.correct.push(event.data.correct);
        entry.lastAt = event.at;
        answers.set(skill, entry);
      }
    }
    for (const [skill, { correct, lastAt }] of answers) {
      const recent = correct.slice(-rule.window);
      const wrong = recent.filter((right) => !right).length;
      if (wrong >= rule.wrong) {
        rows.push({ learnerId: learner.id, displayName: learner.displayName, skill, name: skillName(index, skill, options.language), wrong, of: recent.length, lastAt });
      }
    }
  }
  // Most wrong first; then by name and skill so the list does not move between two openings.
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => b.wrong - a.wrong || byId(a.displayName, b.displayName) || byId(a.learnerId, b.learnerId) || byId(a.skill, b.skill));
}
