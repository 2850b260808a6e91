/** Page model: what a teacher or a child does in Sabil, in the words of the language on screen. */
import { expect, type Page } from '@playwright/test';
import { text, type Lang } from '../support/texts';

export interface LearnerDetails {
  name: string;
  avatar: string;
  language: Lang;
  pin?: string;
}

const LANGUAGE_NAMES: Record<Lang, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

export class SabilApp {
  constructor(readonly page: Page, public lang: Lang = 'en') {}

  async open(path = '/') {
    await this.page.goto(path);
  }

  /**
   * Writes the device's language where the app keeps it (no screen changes it after the first
   * choice); the next load shows it.
   */
  async storeDeviceLanguage(lang: Lang) {
    await this.page.evaluate((language) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('sabil');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('device', 'readwrite');
        tx.objectStore('device').put({ key: 'settings', language });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    }), lang);
  }

  async chooseDeviceLanguage(lang: Lang) {
    await this.page.getByRole('radio', { name: LANGUAGE_NAMES[lang] }).click();
    this.lang = lang;
    await this.page.getByRole('button', { name: text(lang, 'language.continue') }).click();
    await expect(this.page.getByRole('heading', { name: text(lang, 'profiles.title') })).toBeVisible();
  }

  async createLearner(learner: LearnerDetails) {
    const t = (key: string) => text(this.lang, key);
    await this.page.getByRole('link', { name: t('profiles.add') }).click();
    await this.page.getByLabel(t('profiles.name')).fill(learner.name);
    await this.page.getByRole('radio', { name: text(this.lang, `avatars.${learner.avatar}`) }).click();
    await this.page.getByRole('radio', { name: LANGUAGE_NAMES[learner.language] }).check();
    if (learner.pin) await this.page.getByLabel(t('profiles.pin')).fill(learner.pin);
    await this.page.getByRole('button', { name: t('profiles.save') }).click();
    await expect(this.learnerButton(learner.name)).toBeVisible();
  }

  learnerButton(name: string) {
    return this.page.getByRole('button', { name: text(this.lang, 'profiles.pick', { name }) });
  }

  /** Taps a learner's avatar; their language becomes the interface language. */
  async pickLearner(learner: LearnerDetails) {
    await this.learnerButton(learner.name).click();
    if (!learner.pin) await this.expectHome(learner);
  }

  async expectHome(learner: LearnerDetails) {
    this.lang = learner.language;
    await expect(this.page.getByRole('heading', { name: text(learner.language, 'home.greeting', { name: learner.name }) })).toBeVisible();
  }

  async switchLearner(deviceLang: Lang) {
    await this.page.getByRole('button', { name: text(this.lang, 'nav.switchLearner') }).click();
    this.lang = deviceLang;
    await expect(this.page.getByRole('heading', { name: text(deviceLang, 'profiles.title') })).toBeVisible();
  }

  async typePin(pin: string) {
    for (const digit of pin) await this.page.getByRole('button', { name: text(this.lang, 'pin.digit', { digit }), exact: true }).click();
  }

  async expectDirection(dir: 'rtl' | 'ltr', lang: Lang) {
    await expect(this.page.locator('html')).toHaveAttribute('dir', dir);
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  async waitForServiceWorkerControl() {
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined);
  }
}
