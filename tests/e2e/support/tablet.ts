/**
 * A fresh class tablet for e2e journeys: language chosen, the service worker in control, enrolled
 * by code on its own screen, and the demo pack downloaded from the school's server.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { watchPageHealth } from './fixtures';
import type { DemoPack } from './demo-pack';
import { text } from './texts';
import { SabilApp } from '../pages/sabil-app';
import { Lessons } from '../pages/lessons';
import { EnrolPage, type CoordinatorApi } from '../pages/enrol';

export interface Tablet {
  page: Page;
  app: SabilApp;
  problems: string[];
}

export async function setUpTablet(context: BrowserContext, coordinator: CoordinatorApi, pack: DemoPack): Promise<Tablet> {
  const page = await context.newPage();
  const problems = watchPageHealth(page);
  const app = new SabilApp(page);
  await app.open();
  await app.chooseDeviceLanguage('en');
  await app.waitForServiceWorkerControl();
  await page.goto('/enrol');
  const enrol = new EnrolPage(page);
  await enrol.enrol(await coordinator.newCode());
  await enrol.expectEnrolled(coordinator.schoolName, coordinator.className);
  const lessons = new Lessons(page, 'en');
  await lessons.openLibrary();
  const title = pack.source.title.en!;
  await page.getByRole('list', { name: text('en', 'library.fromServer') }).getByRole('listitem').filter({ hasText: title }).getByRole('button').click();
  await lessons.expectReady(title);
  return { page, app, problems };
}
