/** Page model: what the coordinator does on their screens, in the words of the language on screen. */
import { expect, type Locator, type Page } from '@playwright/test';
import { text, type Lang } from '../support/texts';

export interface CsvFile {
  name: string;
  content: string;
}

export class CoordinatorScreens {
  constructor(readonly page: Page, public lang: Lang = 'en') {}

  t(key: string, values: Record<string, string | number> = {}) {
    return text(this.lang, key, values);
  }

  /** A plural text: the key's form for `count` in this language (Arabic has six). */
  plural(key: string, count: number, values: Record<string, string | number> = {}) {
    return this.t(`${key}_${new Intl.PluralRules(this.lang).select(count)}`, { count, ...values });
  }

  section(titleKey: string): Locator {
    return this.page.getByRole('region', { name: this.t(titleKey) });
  }

  async signIn(login: string, password: string) {
    await this.page.goto('/sign-in');
    await this.page.getByLabel(this.t('staff.login')).fill(login);
    await this.page.getByLabel(this.t('staff.password')).fill(password);
    await this.page.getByRole('button', { name: this.t('staff.signIn') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('coordinator.home.title') })).toBeVisible();
  }

  async openSchool(name: string) {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.section('coordinator.classes.title')).toBeVisible();
  }

  async addClass(name: string) {
    const classes = this.section('coordinator.classes.title');
    await classes.getByLabel(this.t('coordinator.classes.name')).fill(name);
    await classes.getByRole('button', { name: this.t('coordinator.classes.add') }).click();
    await expect(classes.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  }

  teacherCard(displayName: string): Locator {
    return this.section('coordinator.teachers.title').getByRole('listitem').filter({ hasText: displayName });
  }

  /** Adds a teacher of the given classes; returns the password shown once. */
  async addTeacher(teacher: { displayName: string; login: string; classes: string[] }): Promise<string> {
    const teachers = this.section('coordinator.teachers.title');
    await teachers.getByLabel(this.t('coordinator.teachers.displayName')).fill(teacher.displayName);
    await teachers.getByLabel(this.t('staff.login')).fill(teacher.login);
    for (const name of teacher.classes) await teachers.getByRole('checkbox', { name }).check();
    await teachers.getByRole('button', { name: this.t('coordinator.teachers.add') }).click();
    await expect(teachers.getByRole('heading', { name: this.t('coordinator.teachers.passwordTitle', { name: teacher.displayName }) })).toBeVisible();
    await expect(teachers.getByText(this.t('coordinator.teachers.passwordOnce', { name: teacher.displayName }))).toBeVisible();
    const password = (await teachers.getByTestId('new-password').textContent()) ?? '';
    await teachers.getByRole('button', { name: this.t('coordinator.teachers.passwordDone') }).click();
    await expect(this.teacherCard(teacher.displayName)).toBeVisible();
    return password;
  }

  async disableTeacher(displayName: string) {
    const card = this.teacherCard(displayName);
    await card.getByRole('button', { name: this.t('coordinator.teachers.disable', { name: displayName }) }).click();
    await card.getByRole('button', { name: this.t('coordinator.teachers.disableYes') }).click();
    await expect(card.getByText(this.t('coordinator.teachers.disabled'), { exact: true })).toBeVisible();
  }

  async enableTeacher(displayName: string) {
    const card = this.teacherCard(displayName);
    await card.getByRole('button', { name: this.t('coordinator.teachers.enable', { name: displayName }) }).click();
    await expect(card.getByRole('button', { name: this.t('coordinator.teachers.disable', { name: displayName }) })).toBeVisible();
    await expect(card.getByText(this.t('coordinator.teachers.disabled'), { exact: true })).toBeHidden();
  }

  /** Makes a code for the class; returns the code as shown (grouped) and the QR code's image. */
  async createEnrolmentCode(className: string): Promise<{ code: string; qr: Locator }> {
    const enrol = this.section('coordinator.enrol.title');
    await enrol.getByLabel(this.t('coordinator.enrol.class')).selectOption({ label: className });
    await enrol.getByRole('button', { name: this.t('coordinator.enrol.create') }).click();
    const code = enrol.getByTestId('enrolment-code');
    await expect(code).toHaveText(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const shown = (await code.textContent()) ?? '';
    await expect(enrol.getByRole('timer')).toBeVisible();
    const qr = enrol.getByRole('img', { name: this.t('coordinator.enrol.qrLabel', { code: shown }) });
    await expect(qr).toBeVisible();
    return { code: shown, qr };
  }

  async chooseRosterFile(className: string, file: CsvFile) {
    const roster = this.section('coordinator.roster.title');
    await roster.getByLabel(this.t('coordinator.roster.class'), { exact: true }).selectOption({ label: className });
    await roster.getByLabel(this.t('coordinator.roster.chooseFile')).setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.content, 'utf8') });
  }

  /** The report table's rows, as [row number, name, problem] texts. */
  async reportRows(): Promise<string[][]> {
    const table = this.section('coordinator.roster.title').getByRole('table');
    await expect(table).toBeVisible();
    return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
  }

  async importValidRows(valid: number, skipped: number) {
    const roster = this.section('coordinator.roster.title');
    await roster.getByRole('button', { name: this.plural('coordinator.roster.importSkipping', valid, { skipped }) }).click();
    await expect(roster.getByRole('status').filter({ hasText: this.plural('coordinator.roster.imported', valid) })).toBeVisible();
  }

  async expectRoster(names: string[]) {
    const list = this.section('coordinator.roster.title').getByRole('list');
    await expect(list.getByRole('listitem')).toHaveText(names);
  }

  async openAudit() {
    await this.page.getByRole('link', { name: this.t('coordinator.school.back') }).click();
    await this.page.getByRole('link', { name: this.t('coordinator.home.auditLink') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('coordinator.audit.title') })).toBeVisible();
  }

  /** The audit log's rows, as their cells' texts, newest first. */
  async auditRows(): Promise<string[][]> {
    const table = this.page.getByRole('table');
    await expect(table).toBeVisible();
    return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
  }
}
