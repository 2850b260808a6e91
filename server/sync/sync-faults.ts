/**
 * Fault points for the sync fault tests, and nothing else: `SABIL_FAULTS` set when the server
 * starts (demo mode only; production ignores it) makes the process die at a chosen push, before
 * or after its transaction commits, without answering. A crash after commit is the case a proxy
 * cannot fake: the events are on disk, the device never heard so, and must get them acked again.
 *
 *   SABIL_FAULTS=crash-after-push-commit=3    the 3rd push since start commits, then the process exits
 *   SABIL_FAULTS=crash-before-push-commit=1   the 1st push exits before its transaction starts
 */
export const FAULT_POINTS = ['crash-before-push-commit', 'crash-after-push-commit'] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

export interface SyncFaults {
  /** Called by the push route at each point; does nothing unless a fault is armed for this push. */
  reach(point: FaultPoint, pushNumber: number): void;
  /** Counts pushes since start (1, 2, 3…), so a fault can name one. */
  nextPush(): number;
}

export const NO_FAULTS: SyncFaults = { reach: () => undefined, nextPush: () => 0 };

/** Exit code of an injected crash, so a test can tell it from a real one. */
export const FAULT_EXIT_CODE = 86;

/** Parses `SABIL_FAULTS`; unknown points or counts are errors, so a typo cannot pass for "no fault". */
export function parseSyncFaults(raw: string | undefined, crash: () => never = () => process.exit(FAULT_EXIT_CODE)): SyncFaults {
  const spec = raw?.trim();
  if (!spec) return NO_FAULTS;
  const armed = new Map<FaultPoint, number>();
  for (const part of spec.split(',')) {
    const [name, count] = part.trim().split('=');
    const point = FAULT_POINTS.find((known) => known === name);
    if (!point || !count || !/^[1-9]\d{0,5}$/.test(count)) throw new Error(`SABIL_FAULTS: cannot read "${part.trim()}"; use ${FAULT_POINTS.map((p) => `${p}=N`).join(' or ')}`);
    armed.set(point, Number(count));
  }
  let pushes = 0;
  return {
    nextPush: () => ++pushes,
    reach: (point, pushNumber) => {
      if (armed.get(point) === pushNumber) crash();
    },
  };
}
