/**
 * The shape of one API route in the table (route-table.ts). `roles` is checked before the handler
 * runs; `scope` says which ids the handler checks against the caller, and the authorisation matrix
 * test (route-table.test.ts) reads both to know what each caller must get.
 */
import type { Role } from '../auth/caller';
import type { ApiContext, ApiDeps } from './api-context';

export type ScopeRule =
  /** No ids: public, or about the caller only. */
  | 'none'
  /** Answers only what lies in the caller's scope (lists filtered by school or class). */
  | 'filtered'
  /** `:schoolId` in the URL must be one of the caller's schools. */
  | 'school'
  /** Likewise, and every school's id inside the body (a classId) must be of that school. */
  | 'school-and-body'
  /** `:classId` in the URL must be one of the caller's classes. */
  | 'class'
  /** `:deviceId` in the URL must be a device of one of the caller's schools. */
  | 'device'
  /** `:userId` in the URL must be a teacher of one of the caller's schools. */
  | 'user';

export interface RouteSpec {
  method: 'GET' | 'POST';
  /** Under /api/v1, in Hono's syntax. */
  path: string;
  /** Who may call it; `public` needs no credential. */
  roles: readonly Role[] | 'public';
  scope: ScopeRule;
  handle: (c: ApiContext, deps: ApiDeps) => Response | Promise<Response>;
}
