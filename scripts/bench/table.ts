/**
 * The bench's table: each figure with its ratio, the two raw numbers behind it, and the target
 * from issue #8 — printed for a person and kept as plain data for bench/results.json.
 */

export interface Figure {
  figure: string;
  ratio: number | null;
  a: string;
  b: string;
  target: string;
  met: boolean | null;
  note?: string;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const perSec = (n: number) => `${fmt(n)} ev/s`;
export const bytes = (n: number) => `${fmt(n, 1)} B`;
export const ratio = (n: number | null) => (n === null || !Number.isFinite(n) ? '—' : `${fmt(n, 2)}×`);
export { fmt };

export function renderTable(figures: readonly Figure[]): string {
  const head = ['Figure', 'Ratio', 'A', 'B', 'Target', 'Met'];
  const rows = figures.map((f) => [f.figure, ratio(f.ratio), f.a, f.b, f.target, f.met === null ? '—' : f.met ? 'yes' : 'no']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
