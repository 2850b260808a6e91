import { describe, expect, it } from 'vitest';
import { checkAnswer, type LearnerAnswer } from './answer-check';
import { normaliseTextAnswer, parseNumericInput } from './normalise-answer';
import type { QuizItem } from './schema';

const t = { ar: 'س', fr: 'q', en: 'q' };
const choices = ['a', 'b', 'c'].map((id) => ({ id, text: t }));
const base = { skills: ['s'], prompt: t };

const single: QuizItem = { ...base, id: 'q1', type: 'single', choices, answer: 'b' };
const multiple: QuizItem = { ...base, id: 'q2', type: 'multiple', choices, answer: ['a', 'c'] };
const numeric: QuizItem = { ...base, id: 'q3', type: 'numeric', answer: 7 };
const decimal: QuizItem = { ...base, id: 'q3b', type: 'numeric', answer: 3.5 };
const rough: QuizItem = { ...base, id: 'q3c', type: 'numeric', answer: 3.14, tolerance: 0.01 };
const text: QuizItem = {
  ...base,
  id: 'q4',
  type: 'text',
  accept: { ar: ['مَدْرَسَة', 'أسد'], fr: ['Élève'], en: ['Apple', 'an apple'] },
};
const ordering: QuizItem = { ...base, id: 'q5', type: 'ordering', choices, answer: ['b', 'a', 'c'] };

describe('checkAnswer', () => {
  it.each<[string, QuizItem, LearnerAnswer, string, boolean]>([
    ['single: the right choice', single, { type: 'single', choice: 'b' }, 'en', true],
    ['single: a wrong choice', single, { type: 'single', choice: 'a' }, 'en', false],
    ['multiple: the same set in another order', multiple, { type: 'multiple', choices: ['c', 'a'] }, 'en', true],
    ['multiple: a subset', multiple, { type: 'multiple', choices: ['a'] }, 'en', false],
    ['multiple: a superset', multiple, { type: 'multiple', choices: ['a', 'b', 'c'] }, 'en', false],
    ['multiple: a repeated choice', multiple, { type: 'multiple', choices: ['a', 'a'] }, 'en', false],
    ['numeric: 7', numeric, { type: 'numeric', input: '7' }, 'en', true],
    ['numeric: ٧ (Eastern Arabic)', numeric, { type: 'numeric', input: '٧' }, 'ar', true],
    ['numeric: ۷ (Persian)', numeric, { type: 'numeric', input: '۷' }, 'ar', true],
    ['numeric: spaces and a direction mark', numeric, { type: 'numeric', input: ' \u200f7 ' }, 'ar', true],
    ['numeric: fullwidth ７', numeric, { type: 'numeric', input: '７' }, 'en', true],
    ['numeric: 7.0', numeric, { type: 'numeric', input: '7.0' }, 'en', true],
    ['numeric: 8', numeric, { type: 'numeric', input: '8' }, 'en', false],
    ['numeric: empty', numeric, { type: 'numeric', input: '' }, 'en', false],
    ['numeric: words', numeric, { type: 'numeric', input: 'seven' }, 'en', false],
    ['numeric: ٣٫٥ (Arabic decimal separator)', decimal, { type: 'numeric', input: '٣٫٥' }, 'ar', true],
    ['numeric: 3,5 (decimal comma)', decimal, { type: 'numeric', input: '3,5' }, 'fr', true],
    ['numeric: ٣,٥', decimal, { type: 'numeric', input: '٣,٥' }, 'ar', true],
    ['numeric: 3.5', decimal, { type: 'numeric', input: '3.5' }, 'en', true],
    ['numeric: 3,5,1 is not a number', decimal, { type: 'numeric', input: '3,5,1' }, 'fr', false],
    ['numeric: inside the tolerance', rough, { type: 'numeric', input: '3.15' }, 'en', true],
    ['numeric: outside the tolerance', rough, { type: 'numeric', input: '3.16' }, 'en', false],
    ['text: exact', text, { type: 'text', input: 'Apple' }, 'en', true],
    ['text: other case and spaces', text, { type: 'text', input: '  an   APPLE ' }, 'en', true],
    ['text: French without accents', text, { type: 'text', input: 'eleve' }, 'fr', true],
    ['text: French with accents', text, { type: 'text', input: 'élève' }, 'fr', true],
    ['text: Arabic without tashkeel', text, { type: 'text', input: 'مدرسة' }, 'ar', true],
    ['text: Arabic with other tashkeel', text, { type: 'text', input: 'مُدرّسة' }, 'ar', true],
    ['text: Arabic with tatweel', text, { type: 'text', input: 'مدرســة' }, 'ar', true],
    ['text: Arabic bare alef for alef with hamza', text, { type: 'text', input: 'اسد' }, 'ar', true],
    ['text: Arabic with a different letter', text, { type: 'text', input: 'مدرسه' }, 'ar', false],
    ['text: another language\'s answer', text, { type: 'text', input: 'apple' }, 'fr', false],
    ['text: empty', text, { type: 'text', input: '   ' }, 'en', false],
    ['ordering: exact order', ordering, { type: 'ordering', order: ['b', 'a', 'c'] }, 'en', true],
    ['ordering: another order', ordering, { type: 'ordering', order: ['a', 'b', 'c'] }, 'en', false],
    ['ordering: incomplete', ordering, { type: 'ordering', order: ['b', 'a'] }, 'en', false],
    ['a mismatched answer type', single, { type: 'text', input: 'b' }, 'en', false],
  ])('%s → %s', (_, item, answer, language, expected) => {
    expect(checkAnswer(item, answer, language)).toBe(expected);
  });
});

describe('parseNumericInput', () => {
  it.each<[string, number | null]>([
    ['٧', 7],
    ['١٢', 12],
    ['۱۲', 12],
    ['٣٫٥', 3.5],
    ['-٢', -2],
    ['\u22122', -2],
    ['+4', 4],
    ['.5', 0.5],
    ['1e3', null],
    ['0x10', null],
    ['1 000', null],
    ['', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseNumericInput(input)).toBe(expected);
  });
});

describe('normaliseTextAnswer', () => {
  it('keeps hamza on waw and ya, which change the word', () => {
    expect(normaliseTextAnswer('سُئِل', 'ar')).toBe('سئل');
    expect(normaliseTextAnswer('سئل', 'ar')).not.toBe(normaliseTextAnswer('سيل', 'ar'));
  });

  it('uses the language\'s case rules', () => {
    expect(normaliseTextAnswer('İSTANBUL', 'tr')).toBe('istanbul');
  });
});
