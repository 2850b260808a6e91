/**
 * Sync in a real browser against the real server: a device enrolled through the API (the enrolment
 * screen is another feature's) syncs by itself at start — gzip with the browser's
 * CompressionStream, the lock through Web Locks — and the Device screen shows it; "Sync now"
 * shows its progress and result. The event the device wrote comes back from the server.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { resetPassword } from './support/accounts';
import { SabilApp } from './pages/sabil-app';
import { text } from './support/texts';

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<T> {
  const response = await request.fetch(`/api/v1${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body === undefined ? {} : { data: body }) });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** A device credential for the demo class and a learner on its roster, as a coordinator and teacher would make them. */
async function enrolThroughApi(request: APIRequestContext) {
  const signIn = async (login: 'coordinator' | 'teacher') =>
    (await call<{ token: string }>(request, 'POST', '/auth/sign-in', undefined, { login, password: resetPassword(login) })).token;
  const coordinator = await signIn('coordinator');
  const teacher = await signIn('teacher');
  const { schools } = await call<{ schools: { id: string; name: string }[] }>(request, 'GET', '/schools', coordinator);
  const school = schools.find((s) => s.name === 'Demo school') ?? schools[0];
  const { classes } = await call<{ classes: { id: string }[] }>(request, 'GET', `/schools/${school?.id}/classes`, coordinator);
  const classId = classes[0]?.id;
  const learner = await call<{ id: string }>(request, 'POST', `/classes/${classId}/learners`, teacher, { displayName: 'Sync learner' });
  const { code } = await call<{ code: string }>(request, 'POST', `/schools/${school?.id}/enrolment-codes`, coordinator, { classId });
  const enrolled = await call<{ deviceId: string; credential: string; schoolId: string; classId: string | null }>(request, 'POST', '/enrol', undefined, { code });
  return { enrolled, learnerId: learner.id };
}

/** Writes the enrolment row and one learner event (with its outbox entry) straight into the app's IndexedDB. */
function seedDevice(page: Page, enrolled: { deviceId: string; credential: string; schoolId: string; classId: string | null }, learnerId: string): Promise<string> {
  return page.evaluate(
    ({ enrolled, learnerId }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('sabil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['device', 'events', 'outbox'], 'readwrite');
          const device = tx.objectStore('device');
          const read = device.get('identity');
          const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
          const ms = Date.now().toString(16).padStart(12, '0');
          const id = `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex.slice(0, 3)}-8${hex.slice(3, 6)}-${hex.slice(6, 18)}`;
          read.onsuccess = () => {
            const identity = read.result as { deviceId: string; epoch: number; nextSeq: number };
            device.put({ key: 'enrolment', serverDeviceId: enrolled.deviceId, credential: enrolled.credential, schoolId: enrolled.schoolId, classId: enrolled.classId, enrolledAt: Date.now(), revokedAt: null });
            device.put({ ...identity, nextSeq: identity.nextSeq + 1 });
            tx.objectStore('events').add({
              id, deviceId: identity.deviceId, epoch: identity.epoch, seq: identity.nextSeq, learnerId, type: 'lesson.completed', at: Date.now(),
              data: { packId: 'sabil.demo', packVersion: '1.0.0', lessonId: 'l1' },
            });
            tx.objectStore('outbox').add({ id, learnerId });
          };
          tx.oncomplete = () => (db.close(), resolve(id));
          tx.onerror = () => reject(tx.error);
        };
      }),
    { enrolled, learnerId },
  );
}

test('an enrolled device syncs by itself, and "Sync now" shows progress and the result', async ({ page, request }) => {
  const { enrolled, learnerId } = await enrolThroughApi(request);
  const app = new SabilApp(page);
  await app.open();
  await app.chooseDeviceLanguage('en');
  await page.goto('/device');
  await expect(page.getByRole('heading', { name: text('en', 'sync.title') })).toBeVisible();
  await expect(page.getByText(text('en', 'sync.notEnrolled'))).toBeVisible();

  const eventId = await seedDevice(page, enrolled, learnerId);
  await page.reload();
  // The start trigger sends the waiting event without anyone asking.
  await expect(page.getByTestId('sync-waiting')).toHaveText('0');
  await expect(page.getByTestId('sync-last-success')).not.toHaveText(text('en', 'sync.never'));

  await page.getByRole('button', { name: text('en', 'sync.syncNow') }).click();
  await expect(page.getByRole('status').filter({ hasText: text('en', 'sync.done') })).toBeVisible();

  const pulled = await call<{ events: { id: string }[] }>(request, 'POST', '/sync/pull', enrolled.credential, { cursor: null });
  expect(pulled.events.map((e) => e.id)).toContain(eventId);
});
