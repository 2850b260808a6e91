/**
 * Semantic Versioning 2.0.0 precedence (semver.org §11), for picking each pack's latest
 * version. Both arguments are valid versions (the manifest schema checked them).
 */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = split(a);
  const [coreB, preB] = split(b);
  for (let i = 0; i < 3; i++) {
    const difference = compareNumbers(coreA[i] ?? '0', coreB[i] ?? '0');
    if (difference !== 0) return difference;
  }
  // A pre-release comes before its release: 1.0.0-beta < 1.0.0.
  if (preA.length === 0 || preB.length === 0) return preB.length - preA.length;
  for (let i = 0; i < Math.min(preA.length, preB.length); i++) {
    const difference = compareIdentifiers(preA[i]!, preB[i]!);
    if (difference !== 0) return difference;
  }
  return preA.length - preB.length;
}

/** Build metadata (`+…`) takes no part in precedence. */
function split(version: string): [string[], string[]] {
  const withoutBuild = version.split('+')[0] ?? '';
  const dash = withoutBuild.indexOf('-');
  const core = dash === -1 ? withoutBuild : withoutBuild.slice(0, dash);
  const pre = dash === -1 ? [] : withoutBuild.slice(dash + 1).split('.');
  return [core.split('.'), pre];
}

const NUMERIC = /^\d+$/;

/** Numeric identifiers compare as numbers and come before alphanumeric ones. */
function compareIdentifiers(a: string, b: string): number {
  const isNumericA = NUMERIC.test(a);
  const isNumericB = NUMERIC.test(b);
  if (isNumericA && isNumericB) return compareNumbers(a, b);
  if (isNumericA !== isNumericB) return isNumericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Digit strings of any length, without leading zeros (semver forbids them), compared exactly. */
function compareNumbers(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
