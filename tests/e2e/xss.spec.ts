import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPack, parseSigningKey } from '../../src/core/pack/index';
import { expect, test } from './support/fixtures';
import { SabilApp } from './pages/sabil-app';
import { Lessons } from './pages/lessons';
import { text } from './support/texts';

// Lesson content is untrusted: a validly signed pack full of attempts to run script in the app.
const HOSTILE_MARKDOWN = [
  '# Hello',
  '<script>window.__xss = "script"</script>',
  '<img src="x" onerror="window.__xss = \'img\'">',
  '[press me](javascript:window.__xss="link")',
  '<svg onload="window.__xss = \'svg\'"><script>window.__xss = "svg-script"</script></svg>',
  '![tracker](http://127.0.0.1:9/pixel.png)',
  '<iframe src="javascript:parent.__xss=\'iframe\'"></iframe>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '**still here**',
].join('\n\n');

const all = (value: string) => ({ ar: value, fr: value, en: value });

function hostilePack(): string {
  const source = {
    id: 'sabil.test.xss', version: '1.0.0', languages: ['ar', 'fr', 'en'],
    title: all('<img src=x onerror="window.__xss=\'title\'">Hostile'), description: all('hostile'),
    lessons: [{
      id: 'hostile', title: all('Hostile lesson'),
      blocks: [
        { type: 'text', markdown: all(HOSTILE_MARKDOWN) },
        { type: 'quiz', id: 'hostile-quiz', mastery: { m: 1, n: 1 }, items: [{
          id: 'q1', type: 'single', skills: ['safety'], prompt: all('<script>window.__xss="prompt"</script>Pick'),
          choices: [{ id: 'a', text: all('<img src=x onerror="window.__xss=\'choice\'">A') }, { id: 'b', text: all('B') }], answer: 'a',
        }] },
      ],
    }],
  };
  const key = parseSigningKey(JSON.parse(readFileSync('packs/keys/demo-publisher.json', 'utf8')));
  const path = join(mkdtempSync(join(tmpdir(), 'sabil-xss-')), 'xss.zip');
  writeFileSync(path, buildPack(source, new Map(), key).bytes);
  return path;
}

test('a signed pack full of script runs none of it in the app', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const app = new SabilApp(page);
  const lessons = new Lessons(page, 'en');
  const learner = { name: 'Tester', avatar: 'cat', language: 'en' as const };
  await app.open();
  await app.chooseDeviceLanguage('en');
  await app.createLearner(learner);
  await lessons.openLibrary();
  await lessons.importFile(hostilePack());
  await expect(page.getByRole('status').filter({ hasText: 'Hostile' })).toBeVisible();

  await app.open('/');
  await app.pickLearner(learner);
  await lessons.openLesson('Hostile lesson');
  const body = page.locator('.lesson-text');
  await expect(body.getByText('still here')).toBeVisible();
  await expect(body.locator('script, img, svg, iframe, a, [onerror], [onload]')).toHaveCount(0);
  await page.getByRole('button', { name: text('en', 'lessons.startQuiz') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
  await page.getByRole('radio', { name: /A$/ }).click();
  await page.getByRole('button', { name: text('en', 'quiz.check') }).click();

  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
