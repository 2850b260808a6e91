/**
 * Turns "n of total units done" into throttled `onProgress(fraction)` calls.
 * The callback may return a promise (for instance one that waits for the next frame),
 * which is awaited, so a UI on the same thread can repaint its progress bar.
 */
export type OnProgress = (fraction: number) => void | Promise<void>;

export type ProgressSpan = {
  /** Report that `units` more of this span's `total` are done. */
  advance(units: number): Promise<void>;
};

const STEP = 0.01;

export function createProgress(onProgress: OnProgress | undefined) {
  let lastReported = -1;

  async function report(fraction: number): Promise<void> {
    if (!onProgress) return;
    const clamped = Math.min(1, Math.max(0, fraction));
    if (clamped < 1 && clamped - lastReported < STEP) return;
    if (clamped === lastReported) return;
    lastReported = clamped;
    await onProgress(clamped);
  }

  /** A part of the work that covers fractions [from, to] of the whole. */
  function span(from: number, to: number, total: number): ProgressSpan {
    let done = 0;
    return {
      async advance(units: number) {
        done += units;
        await report(from + (to - from) * (total > 0 ? Math.min(1, done / total) : 1));
      },
    };
  }

  return { report, span };
}
