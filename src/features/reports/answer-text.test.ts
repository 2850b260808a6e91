import { describe, expect, it } from 'vitest';
import type { WrongAnswer } from '../../core/reports/index';
import { wrongAnswerText } from './answer-text';

type Answer = Pick<WrongAnswer, 'choices' | 'value' | 'key'>;

describe('wrongAnswerText', () => {
  it.each<[string, Answer, string, string]>([
    ['the choices\' words in the language asked', { choices: [{ en: 'B', ar: 'ب' }, { en: 'C' }], value: null, key: 'k' }, 'ar', 'ب / C'],
    ['what a learner typed', { choices: null, value: { type: 'numeric', input: '6' }, key: 'k' }, 'en', '6'],
    ['a bare text', { choices: null, value: 'sept', key: 'k' }, 'fr', 'sept'],
    ['a number', { choices: null, value: 7, key: '7' }, 'en', '7'],
    ['the stable key for any other shape', { choices: null, value: { order: ['x'] }, key: '{"order":["x"]}' }, 'en', '{"order":["x"]}'],
  ])('writes %s', (_name, answer, language, expected) => {
    expect(wrongAnswerText(answer, language)).toBe(expected);
  });
});
