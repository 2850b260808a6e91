/**
 * Turns the "New assignment" form into an assignment to save, or names what is missing in words
 * the teacher can act on (assignments.problems.*). The shared schema checks the rest on save.
 */
import type { AssignmentItem, AssignmentTarget } from '../../../core/assignments/index';
import type { NewAssignment } from '../../../data/assignments-repo';

export type TargetKind = AssignmentTarget['kind'];

export interface AssignmentForm {
  classId: string;
  item: AssignmentItem | null;
  title: string;
  targetKind: TargetKind;
  groupName: string;
  ticked: readonly string[];
  dueDay: string;
}

export type FormProblem = 'noPack' | 'noLearner' | 'noGroupName';

export function buildAssignment(form: AssignmentForm): { ok: true; assignment: NewAssignment } | { ok: false; problem: FormProblem } {
  if (!form.item) return { ok: false, problem: 'noPack' };
  let target: AssignmentTarget;
  if (form.targetKind === 'class') target = { kind: 'class' };
  else {
    const learnerIds = [...new Set(form.ticked)];
    if (form.targetKind === 'group' && form.groupName.trim() === '') return { ok: false, problem: 'noGroupName' };
    if (learnerIds.length === 0) return { ok: false, problem: 'noLearner' };
    target = form.targetKind === 'group' ? { kind: 'group', name: form.groupName.trim(), learnerIds } : { kind: 'learners', learnerIds };
  }
  return { ok: true, assignment: { classId: form.classId, target, item: form.item, title: form.title, dueDay: form.dueDay === '' ? null : form.dueDay } };
}

/** The groups used before in this class, by name (the newest use of a name wins), to pick again. */
export function earlierGroups(targets: readonly AssignmentTarget[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const target of targets) {
    if (target.kind === 'group' && !groups.has(target.name)) groups.set(target.name, [...target.learnerIds]);
  }
  return groups;
}
