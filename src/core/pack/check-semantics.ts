/**
 * Rules that span fields, which a schema cannot say: texts in every declared language and no
 * other, unique ids, answers that name existing choices, m ≤ n, media of the right kind.
 * Each failure names the place (`at`, e.g. `lessons[0].blocks[2].items[1].answer`).
 */
import { SabilError } from '../errors';
import { listMediaReferences } from './media-references';
import type { MediaKind } from './media-types';
import type { PackSource, QuizBlock, QuizItem } from './schema';

/** Checks that `path` exists and holds media of `kind`; throws a `pack/…` error otherwise. */
export type MediaResolver = (path: string, at: string, kind: MediaKind) => void;

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Keys are declared languages; all of them unless `partial`, then at least one. */
function checkTexts(text: Record<string, unknown> | undefined, languages: readonly string[], at: string, partial = false): void {
  if (text === undefined) return;
  for (const language of Object.keys(text)) {
    if (!languages.includes(language)) throw new SabilError('pack/bad-language', { at: `${at}.${language}`, value: language });
  }
  const missing = languages.find((language) => !hasOwn(text, language));
  if (!partial && missing !== undefined) throw new SabilError('pack/missing-translation', { at, language: missing });
  if (partial && Object.keys(text).length === 0) {
    throw new SabilError('pack/missing-translation', { at, language: languages[0] ?? '' });
  }
}

function checkUnique(ids: readonly string[], at: (index: number) => string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new SabilError('pack/duplicate-id', { at: at(index), value: id });
    seen.add(id);
  });
}

function checkAnswerIds(answer: readonly string[], choiceIds: readonly string[], at: string, isOrdering: boolean): void {
  answer.forEach((id, index) => {
    if (!choiceIds.includes(id)) throw new SabilError('pack/unknown-choice', { at: `${at}[${index}]`, value: id });
  });
  if (new Set(answer).size !== answer.length) throw new SabilError('pack/bad-answer', { at, reason: 'duplicate' });
  if (isOrdering && answer.length !== choiceIds.length) throw new SabilError('pack/bad-answer', { at, reason: 'incomplete' });
}

function checkItem(item: QuizItem, languages: readonly string[], at: string): void {
  checkUnique(item.skills, (index) => `${at}.skills[${index}]`);
  checkTexts(item.prompt, languages, `${at}.prompt`);
  checkTexts(item.audio, languages, `${at}.audio`, true);
  checkTexts(item.hint, languages, `${at}.hint`);
  checkTexts(item.feedback?.correct, languages, `${at}.feedback.correct`);
  checkTexts(item.feedback?.wrong, languages, `${at}.feedback.wrong`);
  if (item.type === 'text') checkTexts(item.accept, languages, `${at}.accept`);
  if (!('choices' in item)) return;
  item.choices.forEach((choice, c) => checkTexts(choice.text, languages, `${at}.choices[${c}].text`));
  const choiceIds = item.choices.map((choice) => choice.id);
  checkUnique(choiceIds, (index) => `${at}.choices[${index}].id`);
  const answer = typeof item.answer === 'string' ? [item.answer] : item.answer;
  checkAnswerIds(answer, choiceIds, `${at}.answer`, item.type === 'ordering');
}

function checkQuiz(block: QuizBlock, languages: readonly string[], at: string): void {
  if (block.mastery.m > block.mastery.n) {
    throw new SabilError('pack/bad-mastery', { at: `${at}.mastery`, value: `${block.mastery.m} of ${block.mastery.n}` });
  }
  checkUnique(block.items.map((item) => item.id), (index) => `${at}.items[${index}].id`);
  block.items.forEach((item, i) => checkItem(item, languages, `${at}.items[${i}]`));
}

export function checkSemantics(doc: PackSource, resolveMedia: MediaResolver): void {
  const { languages } = doc;
  checkUnique(languages, (index) => `languages[${index}]`);
  checkTexts(doc.title, languages, 'title');
  checkTexts(doc.description, languages, 'description');
  checkUnique(doc.lessons.map((lesson) => lesson.id), (index) => `lessons[${index}].id`);

  const quizIds: string[] = [];
  const quizAt: string[] = [];
  doc.lessons.forEach((lesson, l) => {
    checkTexts(lesson.title, languages, `lessons[${l}].title`);
    lesson.blocks.forEach((block, b) => {
      const at = `lessons[${l}].blocks[${b}]`;
      if (block.type === 'text') checkTexts(block.markdown, languages, `${at}.markdown`);
      if (block.type === 'image') checkTexts(block.alt, languages, `${at}.alt`);
      if (block.type === 'video') checkTexts(block.caption, languages, `${at}.caption`);
      if (block.type === 'audio') {
        checkTexts(block.files, languages, `${at}.files`, true);
        checkTexts(block.transcript, languages, `${at}.transcript`, true);
      }
      if (block.type === 'quiz') {
        quizIds.push(block.id);
        quizAt.push(`${at}.id`);
        checkQuiz(block, languages, at);
      }
    });
  });
  checkUnique(quizIds, (index) => quizAt[index] ?? '');
  for (const reference of listMediaReferences(doc)) resolveMedia(reference.path, reference.at, reference.kind);
}
