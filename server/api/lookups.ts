/**
 * Finds a school, class, device or teacher by an id from the URL or body, and checks it is in the
 * caller's scope. Missing and out-of-scope give the same 404, so ids cannot be probed.
 */
import { SabilError } from '../../src/core/errors/index';
import type { Caller } from '../auth/caller';
import { canSeeSchool, requireClass, requireSchool } from '../auth/scope';
import type { Device, School, SchoolClass, User } from '../storage/account-storage';
import type { Storage } from '../storage/storage';

export async function findSchool(storage: Storage, caller: Caller, schoolId: string): Promise<School> {
  requireSchool(caller, schoolId);
  const school = await storage.getSchool(schoolId);
  if (!school) throw new SabilError('school/not-found', { schoolId });
  return school;
}

export async function findClass(storage: Storage, caller: Caller, classId: string): Promise<SchoolClass> {
  const schoolClass = await storage.getClass(classId);
  requireClass(caller, schoolClass, classId);
  return schoolClass!; // requireClass throws when it is undefined
}

/** A class named inside a body must belong to the school the URL names. */
export async function findClassOfSchool(storage: Storage, schoolId: string, classId: string): Promise<SchoolClass> {
  const schoolClass = await storage.getClass(classId);
  if (!schoolClass || schoolClass.schoolId !== schoolId) throw new SabilError('class/not-found', { classId });
  return schoolClass;
}

export async function findDevice(storage: Storage, caller: Caller, deviceId: string): Promise<Device> {
  const device = await storage.getDevice(deviceId);
  if (!device || !canSeeSchool(caller, device.schoolId)) throw new SabilError('device/not-found', { deviceId });
  return device;
}

/** Only teachers: coordinators are managed with the admin command, not by each other. */
export async function findTeacher(storage: Storage, caller: Caller, userId: string): Promise<User> {
  const user = await storage.getUserById(userId);
  if (!user || user.role !== 'teacher' || !user.schoolId || !canSeeSchool(caller, user.schoolId)) throw new SabilError('user/not-found', { userId });
  return user;
}
