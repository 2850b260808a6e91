/**
 * Mastery per skill across the class. A learner has `mastered` a skill once a `mastery.reached`
 * names it; is `practising` it with at least one first-try answer on it and no mastery yet; else
 * has `notStarted`. Skills come from the installed packs' quizzes (in pack order), then any skill
 * only events mention (`onDevice: false`, named by its id), sorted by id.
 */
import type { EventLog } from './event-log';
import { eventsByLearner, type ReportLearner } from './learners';
import { skillName, type PackIndex } from './pack-index';

export interface SkillMasteryRow {
  skill: string;
  /** From the manifest's `skills` names in the asked language, else the id. */
  name: string;
  onDevice: boolean;
  mastered: string[];
  practising: string[];
  notStarted: string[];
  /** Learners in the report: mastered + practising + notStarted. */
  total: number;
}

export function buildSkillMastery(learners: readonly ReportLearner[], log: EventLog, index: PackIndex, options: { language: string }): SkillMasteryRow[] {
  const masteredBy = new Map<string, Set<string>>();
  const answeredBy = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, skill: string, learnerId: string) => {
    const set = map.get(skill) ?? new Set<string>();
    set.add(learnerId);
    map.set(skill, set);
  };
  for (const [learnerId, events] of eventsByLearner(learners, log.events)) {
    for (const event of events) {
      if (event.type === 'mastery.reached') note(masteredBy, event.data.skill, learnerId);
      else if (event.type === 'quiz.answered' && event.data.attempt === 1) {
        for (const skill of event.data.skills) note(answeredBy, skill, learnerId);
      }
    }
  }

  const installed = new Set(index.skills);
  const onlyInEvents = [...new Set([...masteredBy.keys(), ...answeredBy.keys()])].filter((skill) => !installed.has(skill)).sort();
  return [...index.skills, ...onlyInEvents].map((skill) => {
    const row: SkillMasteryRow = {
      skill, name: skillName(index, skill, options.language), onDevice: installed.has(skill), mastered: [], practising: [], notStarted: [], total: learners.length,
    };
    for (const learner of learners) {
      if (masteredBy.get(skill)?.has(learner.id)) row.mastered.push(learner.id);
      else if (answeredBy.get(skill)?.has(learner.id)) row.practising.push(learner.id);
      else row.notStarted.push(learner.id);
    }
    return row;
  });
}
