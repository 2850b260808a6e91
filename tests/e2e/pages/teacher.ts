/**
 * Page model: a teacher on a class tablet — the device enrolled through the API (until the
 * enrolment screen drives it), sign-in, the teacher view and its unlock screen.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { CoordinatorApi, EnrolPage } from './enrol';
import { text, type Lang } from '../support/texts';

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> {
  const response = await request.fetch(`/api/v1${path}`, {
    method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    ...(body === undefined ? {} : { data: body }),
  });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

async function signInApi(request: APIRequestContext, login: string, password: string): Promise<string> {
  return (await call<{ token: string }>(request, 'POST', '/auth/sign-in', undefined, { login, password })).token;
}

export class TeacherPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}

  private t(key: string, values: Record<string, string | number> = {}) {
    return text(this.lang, key, values);
  }

  /** A coordinator makes an enrolment code through the API, and the device redeems it on its enrolment screen. */
  async enrolThroughApi(dataDir?: string): Promise<void> {
    const coordinator = await CoordinatorApi.signIn(this.page.request, dataDir);
    const code = await coordinator.newCode();
    const back = new URL(this.page.url()).pathname;
    await this.page.goto('/enrol');
    const enrol = new EnrolPage(this.page, this.lang);
    await enrol.enrol(code);
    await enrol.expectEnrolled(coordinator.schoolName, coordinator.className);
    await this.page.goto(back);
  }

  /** The teacher adds a learner to her class from another device, through the API. */
  static async addRosterLearnerThroughApi(request: APIRequestContext, password: string, displayName: string): Promise<void> {
    const token = await signInApi(request, 'teacher', password);
    const roster = await call<{ classes: { id: string }[] }>(request, 'GET', '/roster', token);
    const classId = roster.classes[0]?.id;
    if (!classId) throw new Error('the demo teacher has no class');
    await call(request, 'POST', `/classes/${classId}/learners`, token, { displayName });
  }

  async openFromGrid() {
    await this.page.getByRole('link', { name: text(this.lang, 'staff.staffLink') }).click();
    await expect(this.page.getByRole('heading', { name: this.t('teacher.title'), level: 1 })).toBeVisible();
  }

  async signIn(login: string, password: string) {
    await this.page.getByRole('link', { name: this.t('teacher.signInHere') }).click();
    await this.page.getByLabel(text(this.lang, 'staff.login')).fill(login);
    await this.page.getByLabel(text(this.lang, 'staff.password')).fill(password);
    await this.page.getByRole('button', { name: text(this.lang, 'staff.signIn') }).click();
    await this.expectOpen();
  }

  /** From the profile grid, online: the demo teacher signs in once (so her view opens offline later) and leaves. */
  async signInOnceOnline(password: string) {
    await this.openFromGrid();
    await this.signIn('teacher', password);
    await this.expectStatus('teacher.synced');
    await this.leave();
  }

  async expectOpen() {
    await expect(this.page.getByRole('button', { name: this.t('teacher.leave') })).toBeVisible();
  }

  async expectStatus(key: 'teacher.synced' | 'teacher.offline' | 'teacher.noSession') {
    await expect(this.page.getByRole('status').filter({ hasText: this.t(key) })).toBeVisible();
  }

  async unlock(teacherName: string, password: string) {
    await this.page.getByRole('radio', { name: teacherName }).check();
    await this.page.getByLabel(this.t('teacher.password')).fill(password);
    await this.page.getByRole('button', { name: this.t('teacher.open') }).click();
  }

  /** Text of the "wrong password" alert with `count` tries left, in the plural form the language uses. */
  wrongPasswordText(count: number) {
    const category = new Intl.PluralRules(this.lang).select(count);
    return this.t(`teacher.wrong_${category}`, { count });
  }

  async addLearner(name: string, avatar: string) {
    const form = this.page.getByRole('form', { name: this.t('teacher.addTitle') });
    await form.getByLabel(this.t('teacher.name'), { exact: true }).fill(name);
    await form.getByRole('radio', { name: text(this.lang, `avatars.${avatar}`) }).click();
    await form.getByRole('button', { name: this.t('teacher.add') }).click();
  }

  async expectAdded(name: string, pending: boolean) {
    await expect(this.page.getByRole('status').filter({ hasText: this.t(pending ? 'teacher.addedPending' : 'teacher.added', { name }) })).toBeVisible();
  }

  /** A learner's entry in the class list (the "Change …" control is unique per learner). */
  learnerEntry(name: string) {
    return this.page.getByText(this.t('teacher.edit', { name }), { exact: true });
  }

  pendingMarks() {
    return this.page.getByText(this.t('teacher.pending'), { exact: false });
  }

  async linkProfile(profileName: string, rosterName: string) {
    await this.page.getByLabel(this.t('teacher.linkTo', { name: profileName })).selectOption({ label: rosterName });
    await this.page.getByRole('button', { name: this.t('teacher.link'), exact: true }).click();
    await expect(this.page.getByRole('heading', { name: this.t('teacher.earlierTitle') })).toBeHidden();
  }

  async leave() {
    await this.page.getByRole('button', { name: this.t('teacher.leave') }).click();
    await expect(this.page.getByRole('heading', { name: text(this.lang, 'profiles.title') })).toBeVisible();
  }
}
