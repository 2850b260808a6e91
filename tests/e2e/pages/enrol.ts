/**
 * Page model for enrolling a device (`/enrol`), and the coordinator's side of it through the API
 * (sign in, make a code, list and revoke devices), as the coordinator's screen would.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { resetPassword } from '../support/accounts';
import { text, type Lang } from '../support/texts';

const LANGUAGE_NAMES: Record<Lang, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

export class EnrolPage {
  constructor(readonly page: Page, public lang: Lang = 'en') {}

  /** The first-run language choice when the app opens straight at `/enrol`. */
  async chooseLanguageHere(lang: Lang) {
    this.lang = lang;
    await this.page.getByRole('radio', { name: LANGUAGE_NAMES[lang] }).click();
    await this.page.getByRole('button', { name: this.t('language.continue') }).click();
    await expect(this.page.getByRole('heading', { name: this.t('enrol.title') })).toBeVisible();
  }

  private t(key: string, values?: Record<string, string | number>) {
    return text(this.lang, key, values);
  }

  /** From the Device screen, as a teacher would find it. */
  async openFromDeviceScreen() {
    await this.page.getByRole('link', { name: this.t('nav.device') }).click();
    await expect(this.page.getByTestId('enrolment-state')).toContainText(this.t('enrol.deviceNotEnrolled'));
    await this.page.getByRole('link', { name: this.t('enrol.deviceManage') }).click();
    await expect(this.page.getByRole('heading', { name: this.t('enrol.title') })).toBeVisible();
  }

  get codeField() {
    return this.page.getByLabel(this.t('enrol.codeLabel'));
  }

  async enrol(code?: string) {
    if (code !== undefined) await this.codeField.fill(code);
    await this.page.getByRole('button', { name: this.t('enrol.submit'), exact: true }).click();
  }

  async expectDeviceFact(key: 'enrol.deviceEnrolled' | 'enrol.deviceNotEnrolled' | 'enrol.deviceRevoked') {
    await this.page.getByRole('link', { name: this.t('nav.device') }).click();
    await expect(this.page.getByTestId('enrolment-state')).toContainText(this.t(key));
    await this.page.getByRole('link', { name: this.t('enrol.deviceManage') }).click();
  }

  async scan() {
    await this.page.getByRole('button', { name: this.t('enrol.scan') }).click();
  }

  /** Enrolling is three requests (enrol, trust, roster); a loaded machine gets more time. */
  async expectEnrolled(schoolName: string, className: string, timeout = 20_000) {
    await expect(this.page.getByRole('heading', { name: this.t('enrol.enrolledTitle') })).toBeVisible({ timeout });
    await expect(this.page.getByTestId('enrolled-school')).toHaveText(schoolName);
    await expect(this.page.getByTestId('enrolled-class')).toHaveText(className);
  }

  async openEnrolAgain() {
    await this.page.getByText(this.t('enrol.enrolAgain')).click();
  }

  /**
   * "Check now", unless the device already found out by itself: its background sync starts when
   * the page is first idle, which on a loaded machine can come after enrolling, and asks the
   * server first. Either way its next request tells the device it was revoked.
   */
  async checkNowUnlessRevoked() {
    const button = this.page.getByRole('button', { name: this.t('enrol.checkNow') });
    const revoked = this.page.getByRole('heading', { name: this.t('enrol.revokedTitle') });
    await expect(button.or(revoked).first()).toBeVisible();
    await button.click({ timeout: 5_000 }).catch(async (error: unknown) => {
      if (!(await revoked.isVisible())) throw error;
    });
  }

  expectError(key: string) {
    return expect(this.page.getByRole('alert').filter({ hasText: this.t(key) })).toBeVisible();
  }

  get revokedBanner() {
    return this.page.getByRole('alert').filter({ hasText: this.t('enrol.revokedBanner') });
  }
}

/** The demo coordinator, through the API with a fresh password. */
export class CoordinatorApi {
  private constructor(readonly request: APIRequestContext, private readonly token: string, readonly schoolId: string, readonly schoolName: string, readonly classId: string, readonly className: string) {}

  /** `dataDir`: the data folder of the server `request` talks to (the shared e2e server by default). */
  static async signIn(request: APIRequestContext, dataDir?: string): Promise<CoordinatorApi> {
    const password = resetPassword('coordinator', dataDir);
    const signIn = await request.post('/api/v1/auth/sign-in', { data: { login: 'coordinator', password } });
    expect(signIn.status()).toBe(200);
    const { token } = (await signIn.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const { schools } = (await (await request.get('/api/v1/schools', { headers })).json()) as { schools: Array<{ id: string; name: string }> };
    const school = schools.find((s) => s.name === 'Demo school') ?? schools[0];
    if (!school) throw new Error('the demo server has no school');
    const { classes } = (await (await request.get(`/api/v1/schools/${school.id}/classes`, { headers })).json()) as { classes: Array<{ id: string; name: string }> };
    const schoolClass = classes.find((c) => c.name === 'Demo class') ?? classes[0]; // other specs add classes to the shared server
    if (!schoolClass) throw new Error('the demo school has no class');
    return new CoordinatorApi(request, token, school.id, school.name, schoolClass.id, schoolClass.name);
  }

  private get headers() {
    return { authorization: `Bearer ${this.token}` };
  }

  async newCode(): Promise<string> {
    const answer = await this.request.post(`/api/v1/schools/${this.schoolId}/enrolment-codes`, { headers: this.headers, data: { classId: this.classId } });
    expect(answer.status()).toBe(201);
    return ((await answer.json()) as { code: string }).code;
  }

  async deviceIds(): Promise<string[]> {
    const answer = await this.request.get(`/api/v1/schools/${this.schoolId}/devices`, { headers: this.headers });
    return ((await answer.json()) as { devices: Array<{ id: string }> }).devices.map((d) => d.id);
  }

  async revoke(deviceId: string) {
    expect((await this.request.post(`/api/v1/devices/${deviceId}/revoke`, { headers: this.headers, data: {} })).status()).toBe(200);
  }
}
