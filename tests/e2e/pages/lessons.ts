/** Page model for the library, a lesson and its quiz, answering each item as a child would. */
import { expect, type Page } from '@playwright/test';
import type { QuizItem } from '../../../src/core/pack/index';
import { text, type Lang } from '../support/texts';

export class Lessons {
  constructor(readonly page: Page, readonly lang: Lang) {}

  async openLibrary() {
    await this.page.getByRole('link', { name: text(this.lang, 'library.title') }).click();
    await expect(this.page.getByRole('heading', { name: text(this.lang, 'library.title'), level: 1 })).toBeVisible();
  }

  async importFile(path: string) {
    await this.page.getByLabel(text(this.lang, 'library.chooseFile')).setInputFiles(path);
  }

  async expectReady(title: string) {
    await expect(this.page.getByRole('status').filter({ hasText: text(this.lang, 'library.ready', { title }) })).toBeVisible({ timeout: 30_000 });
  }

  async openLesson(title: string) {
    await this.page.getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  async expectImagesLoaded() {
    const images = this.page.locator('img.lesson-image');
    await expect(images.first()).toBeVisible();
    await expect.poll(() => images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }

  /** Gives the right answer to one item, checks it, and moves on. */
  async answerCorrectly(item: QuizItem, content: Lang, isLast: boolean) {
    const pick = (t: Record<string, string>) => t[content] ?? '';
    switch (item.type) {
      case 'single':
        await this.page.getByRole('radio', { name: pick(item.choices.find((c) => c.id === item.answer)!.text), exact: true }).click();
        break;
      case 'multiple':
        for (const id of item.answer) await this.page.getByRole('checkbox', { name: pick(item.choices.find((c) => c.id === id)!.text), exact: true }).click();
        break;
      case 'numeric':
        // Children may type Eastern Arabic digits; the answer must still count.
        await this.page.getByLabel(text(this.lang, 'quiz.yourAnswer')).fill(content === 'ar' ? String(item.answer).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) : String(item.answer));
        break;
      case 'text':
        await this.page.getByLabel(text(this.lang, 'quiz.yourAnswer')).fill(item.accept[content]![0]!);
        break;
      case 'ordering':
        for (let target = 0; target < item.answer.length; target++) {
          const label = pick(item.choices.find((c) => c.id === item.answer[target])!.text);
          const items = this.page.locator('.order-list li .order-text');
          let at = (await items.allTextContents()).indexOf(label);
          while (at > target) {
            await this.page.getByRole('button', { name: text(this.lang, 'quiz.moveUp', { item: label }), exact: true }).click();
            at--;
          }
        }
        break;
    }
    await this.page.getByRole('button', { name: text(this.lang, 'quiz.check') }).click();
    await this.page.getByRole('button', { name: text(this.lang, isLast ? 'quiz.finish' : 'quiz.next') }).click();
  }
}
