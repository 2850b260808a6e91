/**
 * The coordinator's server routes (docs/accounts.md), typed. Each takes the call function from
 * useCoordinatorSession, which adds the session token and handles a refused session.
 */
import type { ApiRequest } from '../../sync/api-client';

export type CallCoordinatorApi = <T>(path: string, request?: Omit<ApiRequest, 'token'>) => Promise<T>;

export interface School { id: string; name: string; createdAt: string }
export interface SchoolClass { schoolId: string; id: string; name: string; createdAt: string }
export interface Teacher { id: string; login: string; displayName: string; classIds: string[]; disabled: boolean }
export interface NewTeacher extends Omit<Teacher, 'disabled'> { schoolId: string; password: string }
export interface EnrolmentCode { code: string; expiresAt: string; schoolId: string; classId: string | null }
export interface Device { id: string; schoolId: string; classId: string | null; enrolledAt: string; lastSeenAt: string | null; revokedAt: string | null }
export interface RosterLearner { id: string; classId: string; displayName: string }
export interface AuditEntry { id: string; at: string; actorUserId: string | null; schoolId: string | null; action: string; target: string; details: Record<string, unknown> }

const path = encodeURIComponent;

export const coordinatorApi = {
  listSchools: (call: CallCoordinatorApi) => call<{ schools: School[] }>('/schools').then((a) => a.schools),
  createSchool: (call: CallCoordinatorApi, name: string) => call<School>('/schools', { body: { name } }),
  listClasses: (call: CallCoordinatorApi, schoolId: string) => call<{ classes: SchoolClass[] }>(`/schools/${path(schoolId)}/classes`).then((a) => a.classes),
  createClass: (call: CallCoordinatorApi, schoolId: string, name: string) => call<SchoolClass>(`/schools/${path(schoolId)}/classes`, { body: { name } }),
  listTeachers: (call: CallCoordinatorApi, schoolId: string) => call<{ teachers: Teacher[] }>(`/schools/${path(schoolId)}/teachers`).then((a) => a.teachers),
  createTeacher: (call: CallCoordinatorApi, schoolId: string, body: { login: string; displayName: string; classIds: string[] }) =>
    call<NewTeacher>(`/schools/${path(schoolId)}/teachers`, { body }),
  disableTeacher: (call: CallCoordinatorApi, userId: string) => call<{ id: string; disabledAt: string }>(`/users/${path(userId)}/disable`, { body: {} }),
  enableTeacher: (call: CallCoordinatorApi, userId: string) => call<{ id: string; disabledAt: null }>(`/users/${path(userId)}/enable`, { body: {} }),
  createEnrolmentCode: (call: CallCoordinatorApi, schoolId: string, body: { classId?: string; ttlMinutes: number }) =>
    call<EnrolmentCode>(`/schools/${path(schoolId)}/enrolment-codes`, { body }),
  listDevices: (call: CallCoordinatorApi, schoolId: string) => call<{ devices: Device[] }>(`/schools/${path(schoolId)}/devices`).then((a) => a.devices),
  revokeDevice: (call: CallCoordinatorApi, deviceId: string) => call<{ id: string; revokedAt: string }>(`/devices/${path(deviceId)}/revoke`, { body: {} }),
  listLearners: (call: CallCoordinatorApi, classId: string) => call<{ learners: RosterLearner[] }>(`/classes/${path(classId)}/learners`).then((a) => a.learners),
  importLearners: (call: CallCoordinatorApi, classId: string, names: readonly string[]) =>
    call<{ learners: RosterLearner[] }>(`/classes/${path(classId)}/learners/import`, { body: { learners: names.map((displayName) => ({ displayName })) } }).then((a) => a.learners),
  /** A page of 100, newest first; `next` asks for the page after it (null: there is none). */
  listAudit: (call: CallCoordinatorApi, before: string | null = null) =>
    call<{ entries: AuditEntry[]; next: string | null }>(`/audit?limit=100${before ? `&before=${encodeURIComponent(before)}` : ''}`),
};
