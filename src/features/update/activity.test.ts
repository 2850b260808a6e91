import { describe, expect, it } from 'vitest';
import { beginActivity, isActivityRunning, onActivityChange } from './activity';

describe('activities that an update must not interrupt', () => {
  it('counts overlapping activities and tells listeners when the last one ends', () => {
    const seen: boolean[] = [];
    const stop = onActivityChange((busy) => seen.push(busy));
    const endQuiz = beginActivity();
    const endImport = beginActivity();
    endQuiz();
    expect(isActivityRunning()).toBe(true);
    endImport();
    expect(isActivityRunning()).toBe(false);
    expect(seen).toEqual([true, true, true, false]);
    stop();
  });

  it('ignores ending the same activity twice', () => {
    const end = beginActivity();
    const other = beginActivity();
    end();
    end();
    expect(isActivityRunning()).toBe(true);
    other();
    expect(isActivityRunning()).toBe(false);
  });
});
