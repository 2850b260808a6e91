/** Mastered when at least `m` of the last `n` answers on the skill are correct. */
export function isMastered(answers: readonly boolean[], rule: { m: number; n: number }): boolean {
  const recent = answers.slice(-rule.n);
  return recent.length >= rule.m && recent.filter(Boolean).length >= rule.m;
}

/** 3 stars from 90 % right at the first try, 2 from 60 %, otherwise 1: every finished quiz earns a star. */
export function starsFor(firstTryCorrect: number, total: number): 1 | 2 | 3 {
  if (total <= 0) return 1;
  const share = firstTryCorrect / total;
  return share >= 0.9 ? 3 : share >= 0.6 ? 2 : 1;
}
