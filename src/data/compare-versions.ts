/** Semantic Versioning 2.0.0 precedence (semver.org §11), for pack versions already validated. */
const NUMERIC = /^\d+$/;

function compareIdentifiers(a: string, b: string): number {
  const aNumeric = NUMERIC.test(a);
  const bNumeric = NUMERIC.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIdentifiers(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

function parts(version: string): { release: string[]; preRelease: string[] } {
  const withoutBuild = version.replace(/\+.*$/s, '');
  const dash = withoutBuild.indexOf('-');
  if (dash < 0) return { release: withoutBuild.split('.'), preRelease: [] };
  return { release: withoutBuild.slice(0, dash).split('.'), preRelease: withoutBuild.slice(dash + 1).split('.') };
}

/** Negative when `a` comes before `b`, 0 when they rank the same (build metadata is ignored). */
export function compareVersions(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  const release = compareLists(x.release, y.release);
  if (release !== 0) return release;
  // A pre-release ranks below its release: 1.0.0-beta < 1.0.0.
  if (x.preRelease.length === 0 || y.preRelease.length === 0) return Math.sign(y.preRelease.length - x.preRelease.length);
  return compareLists(x.preRelease, y.preRelease);
}
