/**
 * The teacher whose view is open in this tab (sessionStorage): a reload keeps her in, but closing
 * the tab or "Leave teacher view" ends it, so a child picking up the tablet never finds it open.
 */
const KEY = 'sabil.activeTeacher';

export function readActiveTeacherId(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: the teacher types her password again
  }
}

export function writeActiveTeacherId(userId: string | null): void {
  try {
    if (userId === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, userId);
  } catch {
    // Not remembering across a reload is acceptable: the password opens the view again.
  }
}
