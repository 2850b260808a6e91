/**
 * A QR code drawn as SVG rectangles by Preact: no canvas, no innerHTML, nothing the CSP forbids.
 * The `qrcode` library is loaded only when a code is first shown, so the learners' screens never
 * carry it. Black on white with a 4-module quiet zone whatever the theme, as scanners expect.
 */
import { useEffect, useState } from 'preact/hooks';

const QUIET_ZONE = 4;

interface Matrix {
  size: number;
  /** Each dark run on a row: [row, first column, length]. One rect per run keeps the SVG small. */
  runs: [number, number, number][];
}

async function makeMatrix(text: string): Promise<Matrix> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: Matrix['runs'] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push([row, start, col - start]);
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}

/** `label`: what a screen reader says instead of the picture. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    setMatrix(null);
    makeMatrix(text).then(
      (made) => current && setMatrix(made),
      () => current && setFailed(true), // the code is also shown as text, so it can still be typed
    );
    return () => {
      current = false;
    };
  }, [text]);

  if (failed || !matrix) return null;
  const extent = matrix.size + 2 * QUIET_ZONE;
  return (
    <svg class="qr-code" role="img" aria-label={label} viewBox={`0 0 ${extent} ${extent}`} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect x="0" y="0" width={extent} height={extent} fill="#ffffff" />
      {matrix.runs.map(([row, col, length]) => (
        <rect key={`${row}-${col}`} x={col + QUIET_ZONE} y={row + QUIET_ZONE} width={length} height="1" fill="#000000" />
      ))}
    </svg>
  );
}
