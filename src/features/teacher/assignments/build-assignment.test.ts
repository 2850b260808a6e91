import { describe, expect, it } from 'vitest';
import { buildAssignment, earlierGroups, type AssignmentForm } from './build-assignment';

const form: AssignmentForm = {
  classId: 'c', item: { kind: 'lesson', packId: 'p', lessonId: 'l' }, title: 'Counting', targetKind: 'class', groupName: '', ticked: [], dueDay: '',
};

describe('the new assignment form', () => {
  it.each([
    ['no pack installed', { item: null }, 'noPack'],
    ['a group with no name', { targetKind: 'group', groupName: '  ', ticked: ['a'] }, 'noGroupName'],
    ['a group with no learner ticked', { targetKind: 'group', groupName: 'Table 3' }, 'noLearner'],
    ['chosen learners with none ticked', { targetKind: 'learners' }, 'noLearner'],
  ] as const)('says what is missing for %s', (_name, change, problem) => {
    expect(buildAssignment({ ...form, ...change })).toEqual({ ok: false, problem });
  });

  it('makes a group assignment with a trimmed name, each learner once, and a due day', () => {
    const built = buildAssignment({ ...form, targetKind: 'group', groupName: ' Table 3 ', ticked: ['a', 'b', 'a'], dueDay: '2026-05-01' });
    expect(built).toEqual({ ok: true, assignment: { classId: 'c', item: form.item, title: 'Counting', target: { kind: 'group', name: 'Table 3', learnerIds: ['a', 'b'] }, dueDay: '2026-05-01' } });
  });

  it('offers the groups used before, the newest use of a name first', () => {
    const groups = earlierGroups([{ kind: 'group', name: 'A', learnerIds: ['x'] }, { kind: 'class' }, { kind: 'group', name: 'A', learnerIds: ['y'] }]);
    expect([...groups]).toEqual([['A', ['x']]]);
  });
});
