/**
 * The signed-in coordinator or teacher of this tab. Kept in sessionStorage, not IndexedDB: a staff
 * session on a shared tablet ends with the tab, and the server's token lasts 12 hours at most.
 * A teacher's offline access is separate (the `teachers` table, src/data/teachers-repo.ts).
 */
export type StaffRole = 'coordinator' | 'teacher';

export interface StaffUser {
  id: string;
  login: string;
  displayName: string;
  role: StaffRole;
}

export interface StaffSession {
  token: string;
  /** Epoch milliseconds, from the server's `expiresAt`. */
  expiresAt: number;
  user: StaffUser;
}

const KEY = 'sabil.staff-session';

function isSession(value: unknown): value is StaffSession {
  if (value === null || typeof value !== 'object') return false;
  const session = value as Partial<StaffSession>; // checked field by field below
  return typeof session.token === 'string' && typeof session.expiresAt === 'number'
    && typeof session.user?.id === 'string' && (session.user.role === 'coordinator' || session.user.role === 'teacher');
}

/** The session, or null when there is none, it is unreadable, or it has expired. */
export function readStaffSession(now = Date.now()): StaffSession | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return isSession(parsed) && parsed.expiresAt > now ? parsed : null;
  } catch {
    return null; // storage blocked or a damaged value: nobody is signed in
  }
}

export function writeStaffSession(session: StaffSession | null): void {
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Without sessionStorage the session lives only as long as this page; signing in still works.
  }
}
