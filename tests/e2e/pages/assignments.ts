/**
 * Page model: the teacher's assignments screen of a class (the form and the list) and the
 * learner's "Assigned to you" section.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { text, type Lang } from '../support/texts';

export class AssignmentsPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}

  private t(key: string, values: Record<string, string | number> = {}) {
    return text(this.lang, key, values);
  }

  /** From the open teacher view. */
  async open(className: string) {
    await this.page.getByRole('link', { name: this.t('assignments.link', { name: className }) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('assignments.title', { name: className }) })).toBeVisible();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: this.t('assignments.newTitle') });
  }

  async choose(options: { lesson: string; quiz?: number; target: 'class' | 'group' | 'learners'; groupName?: string; learners?: string[]; dueDay?: string }) {
    const form = this.form();
    await form.getByLabel(this.t('assignments.form.lesson'), { exact: true }).selectOption({ label: options.lesson });
    await form.getByLabel(this.t('assignments.form.what'), { exact: true }).selectOption({
      label: options.quiz === undefined ? this.t('assignments.form.wholeLesson') : this.t('assignments.form.quiz', { n: options.quiz }),
    });
    await form.getByRole('radio', { name: this.t(`assignments.form.${options.target}`) }).check();
    if (options.groupName !== undefined) await form.getByLabel(this.t('assignments.form.groupName'), { exact: true }).fill(options.groupName);
    for (const name of options.learners ?? []) await form.getByRole('checkbox', { name }).check();
    if (options.dueDay) await form.getByLabel(this.t('assignments.form.dueDay'), { exact: true }).fill(options.dueDay);
  }

  async save() {
    await this.form().getByRole('button', { name: this.t('assignments.form.save') }).click();
  }

  async expectSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: this.t('assignments.form.saved') })).toBeVisible();
  }

  /** One assignment in the list, by its heading (a quiz's starts with the quiz mark). */
  entry(title: string, isQuiz = false): Locator {
    const name = isQuiz ? `${this.t('assignments.list.quizMark')} ${title}` : title;
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** The learner's "Assigned to you" section. */
  assignedToYou(): Locator {
    return this.page.getByRole('region', { name: this.t('assignments.learner.title') });
  }
}
