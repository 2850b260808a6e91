/** Placeholder until the teacher's offline credential lands: the session lives only in this tab. */
import type { SabilDatabase } from '../../data/db';
import { writeStaffSession, type StaffSession } from '../staff/staff-session';

export async function rememberTeacherOnDevice(_db: SabilDatabase, session: StaffSession, _password: string): Promise<void> {
  writeStaffSession(session);
}
