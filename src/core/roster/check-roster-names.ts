/**
 * The per-row rules of a roster import, shared by the CSV preview in the app and the server's
 * import route, so both flag the same rows with the same codes.
 */

export const MAX_LEARNER_NAME_LENGTH = 100;

export type RosterRowProblem = 'roster/name-empty' | 'roster/name-too-long' | 'roster/duplicate-in-file' | 'roster/duplicate-in-class';

/**
 * Two names that differ only in case or spacing are the same learner: "Ali  BEN" and "ali ben"
 * would show as two identical avatars on a tablet.
 */
export function learnerNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * One entry per name: its problem, or undefined when it can be imported. The first of two
 * duplicates in the list is kept; later ones are flagged. Names are judged trimmed.
 */
export function checkRosterNames(names: readonly string[], existingNames: readonly string[]): (RosterRowProblem | undefined)[] {
  const inClass = new Set(existingNames.map(learnerNameKey));
  const seen = new Set<string>();
  return names.map((raw) => {
    const name = raw.trim();
    if (name.length === 0) return 'roster/name-empty';
    if (name.length > MAX_LEARNER_NAME_LENGTH) return 'roster/name-too-long';
    const key = learnerNameKey(name);
    if (inClass.has(key)) return 'roster/duplicate-in-class';
    if (seen.has(key)) return 'roster/duplicate-in-file';
    seen.add(key);
    return undefined;
  });
}
