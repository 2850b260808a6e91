/**
 * What a server does on a database with no account yet. Demo mode (SABIL_DEMO=1) creates a demo
 * school, class, coordinator (of every school) and teacher with random passwords; production
 * (SABIL_DEMO=0) creates nothing and issues a one-time setup code for `POST /api/v1/setup`, valid
 * 24 hours, replaced at each start until a coordinator exists. The secrets go to `announce`
 * (the terminal), never to the log. Returns nothing once any account exists. In demo mode,
 * `addDemoData` then fills the demo class (server/demo/seed-demo-class.ts): only here, so only once.
 */
import { randomUUID } from 'node:crypto';
import { isSabilError } from '../../src/core/errors/index';
import { hashPassword, type ScryptParams } from '../auth/passwords';
import { generatePassword, randomCode, sha256Hex } from '../auth/secrets';
import { formatCode } from '../../src/core/enrolment/index';
import type { AuditEntry } from '../storage/account-storage';
import type { Storage } from '../storage/storage';

export const SETUP_CODE_TTL_MS = 24 * 60 * 60 * 1000;

export interface FirstStartOptions {
  demo: boolean;
  now: Date;
  announce: (text: string) => void;
  scrypt?: ScryptParams;
  /** Demo mode: called once the demo class exists, to add its sample learners and their work. */
  addDemoData?: (demoClass: { schoolId: string; classId: string; teacherId: string }) => Promise<void>;
}

export async function prepareFirstStart(storage: Storage, options: FirstStartOptions): Promise<void> {
  if ((await storage.countUsers()) > 0) return;
  if (!options.demo) return issueSetupCode(storage, options);
  try {
    await createDemoAccounts(storage, options);
  } catch (error) {
    // Another instance on the same database created them first: it printed them.
    if (isSabilError(error) && error.code === 'user/login-taken') return;
    throw error;
  }
}

async function issueSetupCode(storage: Storage, { now, announce }: FirstStartOptions): Promise<void> {
  const code = randomCode();
  const expiresAt = new Date(now.getTime() + SETUP_CODE_TTL_MS).toISOString();
  await storage.replaceSetupCode(sha256Hex(code), now.toISOString(), expiresAt);
  announce(
    [
      'No coordinator account exists yet. To create the first one, open Sabil and enter this setup code',
      `(or POST it to /api/v1/setup). It works once, until ${expiresAt}; restarting prints a new one:`,
      '',
      `    setup code: ${formatCode(code)}`,
      '',
    ].join('\n'),
  );
}

async function createDemoAccounts(storage: Storage, { now, announce, scrypt, addDemoData }: FirstStartOptions): Promise<void> {
  const at = now.toISOString();
  const audit = (action: string, target: string, schoolId: string | null): AuditEntry => ({
    id: randomUUID(),
    at,
    actorUserId: null,
    schoolId,
    action,
    target,
    details: { via: 'demo' },
  });
  const school = { id: randomUUID(), name: 'Demo school', createdAt: at };
  const schoolClass = { schoolId: school.id, id: randomUUID(), name: 'Demo class', createdAt: at };
  const passwords = { coordinator: generatePassword(), teacher: generatePassword() };
  await storage.createSchool(school, audit('school.create', `school:${school.id}`, school.id));
  await storage.createClass(schoolClass, audit('class.create', `class:${schoolClass.id}`, school.id));
  const coordinatorId = randomUUID();
  const teacherId = randomUUID();
  await storage.createUser(
    { id: coordinatorId, login: 'coordinator', displayName: 'Demo coordinator', role: 'coordinator', allSchools: true, passwordHash: await hashPassword(passwords.coordinator, scrypt), createdAt: at },
    audit('coordinator.create', `user:${coordinatorId}`, null),
  );
  await storage.createUser(
    {
      id: teacherId,
      login: 'teacher',
      displayName: 'Demo teacher',
      role: 'teacher',
      schoolId: school.id,
      classIds: [schoolClass.id],
      passwordHash: await hashPassword(passwords.teacher, scrypt),
      createdAt: at,
    },
    audit('teacher.create', `user:${teacherId}`, school.id),
  );
  announce(
    [
      'Demo mode: created "Demo school", "Demo class" and two accounts. Write these down; they are shown only now',
      '(npm run admin -- reset-password --login … makes a new one):',
      '',
      `    coordinator   login: coordinator   password: ${passwords.coordinator}`,
      `    teacher       login: teacher       password: ${passwords.teacher}`,
      '',
    ].join('\n'),
  );
  await addDemoData?.({ schoolId: school.id, classId: schoolClass.id, teacherId });
}
