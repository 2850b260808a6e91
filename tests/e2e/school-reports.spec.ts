/**
 * Issue 7's school-wide reports and sync health on the real server. Through the API: two new
 * schools, learners, an enrolled device in each that pushes lessons and answers (gzip, as a
 * tablet does). Then on the screens: the numbers of the big school, "fewer than 5" for the small
 * one, the big school per class with an empty class, and a device silent for 30 days (its last
 * visit moved back in the server's SQLite file, since the server's clock cannot be).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import type { APIRequestContext, Page } from '@playwright/test';
import { uuidV7 } from '../../src/core/ids/index';
import { expect, test } from './support/fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { resetPassword } from './support/accounts';
import { text, type Lang } from './support/texts';
import { CoordinatorScreens } from './pages/coordinator';
import { SabilApp } from './pages/sabil-app';

class ApiWorld {
  private constructor(readonly request: APIRequestContext, private readonly headers: Record<string, string>) {}

  static async signIn(request: APIRequestContext) {
    const answer = await request.post('/api/v1/auth/sign-in', { data: { login: 'coordinator', password: resetPassword('coordinator') } });
    expect(answer.status()).toBe(200);
    return new ApiWorld(request, { authorization: `Bearer ${((await answer.json()) as { token: string }).token}` });
  }

  private async post<T>(path: string, data: unknown, headers = this.headers): Promise<T> {
    const answer = await this.request.post(`/api/v1${path}`, { headers, data });
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    return (await answer.json()) as T;
  }

  /** A school with one class of `learners` learners and an empty class; a device enrolled for the whole school. */
  async school(name: string, learners: number) {
    const school = await this.post<{ id: string }>('/schools', { name });
    const big = await this.post<{ id: string }>(`/schools/${school.id}/classes`, { name: `${name} class` });
    await this.post(`/schools/${school.id}/classes`, { name: `${name} empty class` });
    const imported = await this.post<{ learners: { id: string }[] }>(`/classes/${big.id}/learners/import`, {
      learners: Array.from({ length: learners }, (_, i) => ({ displayName: `Learner ${i + 1}` })),
    });
    return { schoolId: school.id, learnerIds: imported.learners.map((l) => l.id), device: await this.enrol(school.id) };
  }

  async enrol(schoolId: string) {
    const { code } = await this.post<{ code: string }>(`/schools/${schoolId}/enrolment-codes`, {});
    const enrolled = await this.post<{ deviceId: string; credential: string }>('/enrol', { code }, {});
    return { serverId: enrolled.deviceId, localId: randomUUID(), credential: enrolled.credential };
  }

  /** Each learner finishes a lesson and answers a question at the first try, pushed gzip like a tablet does. */
  async pushLessons(device: { localId: string; credential: string }, learnerIds: readonly string[]) {
    const now = Date.now();
    let seq = 0;
    const envelope = (learnerId: string) => ({ id: uuidV7(now, randomBytes(10)), deviceId: device.localId, epoch: 1, seq: ++seq, learnerId, at: now });
    const events = learnerIds.flatMap((learnerId) => [
      { ...envelope(learnerId), type: 'lesson.completed', data: { packId: 'sabil.demo', packVersion: '1.0.0', lessonId: 'l1' } },
      {
        ...envelope(learnerId), type: 'quiz.answered',
        data: { packId: 'sabil.demo', packVersion: '1.0.0', quizId: 'q1', itemId: 'i1', skills: ['add'], correct: true, attempt: 1, answer: { type: 'numeric', input: '3' } },
      },
    ]);
    const body = { deviceId: device.localId, epoch: 1, nextSeq: seq + 1, status: { appVersion: '0.1.0', outboxWaiting: 3, storageFreeBytes: 500_000_000, clientTime: now }, events };
    const answer = await this.request.post('/api/v1/sync/push', {
      headers: { authorization: `Bearer ${device.credential}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      data: gzipSync(JSON.stringify(body)),
    });
    expect(answer.status(), await answer.text()).toBe(200);
    expect(((await answer.json()) as { acked: string[] }).acked).toHaveLength(events.length);
  }
}

/** Moves a device's last visit back, in the shared server's SQLite file (WAL: safe beside the server). */
function lastSeenDaysAgo(serverDeviceId: string, days: number) {
  const db = new Database(join(process.env.E2E_DATA_DIR ?? '', 'sabil.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const at = new Date(Date.now() - (days + 0.5) * 86_400_000).toISOString();
    db.prepare('UPDATE devices SET last_seen_at = ?, enrolled_at = ? WHERE id = ?').run(at, at, serverDeviceId);
  } finally {
    db.close();
  }
}

const article = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`a coordinator sees school-wide numbers, "fewer than 5" for a small school, and a silent device (${lang})`, async ({ page, request }) => {
    const t = (key: string, values?: Record<string, string | number>) => text(lang, key, values);
    const n = (value: number) => new Intl.NumberFormat(lang).format(value);
    const suffix = `${lang}${Date.now().toString(36)}`;
    const api = await ApiWorld.signIn(request);
    const big = await api.school(`Reports big ${suffix}`, 6);
    const small = await api.school(`Reports small ${suffix}`, 2);
    await api.pushLessons(big.device, big.learnerIds);
    await api.pushLessons(small.device, small.learnerIds);
    const silent = await api.enrol(big.schoolId);
    lastSeenDaysAgo(silent.serverId, 30);

    const app = new SabilApp(page);
    await app.open();
    await app.chooseDeviceLanguage(lang);
    const screens = new CoordinatorScreens(page, lang);
    await screens.signIn('coordinator', resetPassword('coordinator'));

    await page.getByRole('link', { name: t('schoolReports.home.reportsLink') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('schoolReports.reports.title') })).toBeVisible();
    const bigReport = article(page, `Reports big ${suffix}`);
    await expect(bigReport.locator('dl.facts')).toContainText(`${t('schoolReports.reports.activeLearners')}${n(6)}${t('schoolReports.reports.lessonsCompleted')}${n(6)}`);
    await expect(bigReport.getByRole('figure', { name: t('schoolReports.reports.activePerWeek') })).toBeVisible();
    await expect(article(page, `Reports small ${suffix}`)).toContainText(t('schoolReports.reports.fewerThan5'));
    await expect(bigReport.getByText(t('schoolReports.reports.noAssignments'))).toBeVisible();
    if (lang === 'en') {
      await expectNoSeriousViolations(page, 'school reports');
    }

    // One school: per class, no suppression, an empty class said in words.
    await page.getByLabel(t('schoolReports.reports.school'), { exact: true }).selectOption({ label: `Reports small ${suffix}` });
    await page.getByRole('button', { name: t('schoolReports.reports.apply') }).click();
    await expect(article(page, `Reports small ${suffix} class`).locator('dl.facts')).toContainText(`${t('schoolReports.reports.activeLearners')}${n(2)}`);
    await expect(article(page, `Reports small ${suffix} empty class`).getByText(t('schoolReports.reports.noActivity')).first()).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('schoolReports.reports.downloadWeeks') }).click();
    expect((await download).suggestedFilename()).toBe('sabil-weeks.csv');

    await page.goto('/coordinator/sync-health');
    await expect(page.getByRole('heading', { level: 1, name: t('schoolReports.health.title') })).toBeVisible();
    const silentCard = page.getByRole('listitem').filter({ hasText: t('schoolReports.health.device', { id: silent.serverId.slice(0, 8) }) });
    const silentFor = screens.plural('schoolReports.health.silentFor', 30);
    await expect(silentCard).toContainText(silentFor);
    const busyCard = page.getByRole('listitem').filter({ hasText: t('schoolReports.health.device', { id: big.device.serverId.slice(0, 8) }) });
    await expect(busyCard).toContainText(`${t('schoolReports.health.appVersion')}0.1.0`);
    await expect(busyCard).not.toContainText(silentFor);
  });
}
