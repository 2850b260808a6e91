/**
 * A horizontal bar chart, one bar per category split into stacked parts (for instance mastered /
 * practising / not started per skill). Bars grow from the inline start: from the right in a
 * right-to-left page, computed from `direction` (SVG has no logical coordinates).
 */
import { useId } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import { ChartFrame, type ChartTexts } from './ChartFrame';
import { ChartPatterns } from './ChartPatterns';
import { inlineX, patternId, type Direction } from './chart-style';

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, same order as `series`; negative or non-finite values count as 0. */
  values: number[];
}

interface Props {
  texts: ChartTexts & { total: string };
  series: string[];
  rows: BarRow[];
  direction: Direction;
  formatValue?: (value: number) => string;
}

export const BAR_GEOMETRY = { width: 320, pad: 4, rowHeight: 40, barHeight: 16, labelGap: 14, valueRoom: 48 } as const;

const clean = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

export function BarChart({ texts, series, rows, direction, formatValue = (value) => formatNumber(value) }: Props) {
  const chartId = useId();
  const { width, pad, rowHeight, barHeight, labelGap, valueRoom } = BAR_GEOMETRY;
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + clean(value), 0));
  const max = Math.max(0, ...totals);
  const track = width - 2 * pad - valueRoom;
  const height = rows.length * rowHeight;
  const textStart = direction === 'rtl' ? width - pad : pad;
  // The room for the total sits at the inline end, so the track starts after it in right-to-left.
  const trackStart = direction === 'rtl' ? pad + valueRoom : pad;

  return (
    <ChartFrame
      chartId={chartId}
      texts={texts}
      legend={series}
      isEmpty={rows.length === 0 || max === 0}
      table={{
        headers: [...series, texts.total],
        rows: rows.map((row, index) => ({ key: row.key, label: row.label, cells: [...series.map((_, s) => formatValue(clean(row.values[s] ?? 0))), formatValue(totals[index] ?? 0)] })),
      }}
    >
      <svg class="chart-svg" role="img" aria-labelledby={`${chartId}-caption`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <ChartPatterns chartId={chartId} count={series.length} />
        {rows.map((row, index) => {
          const top = index * rowHeight;
          let offset = 0;
          const total = totals[index] ?? 0;
          const totalLength = max > 0 ? (total / max) * track : 0;
          return (
            <g key={row.key} class="chart-row">
              <text x={textStart} y={top + labelGap - 2} direction={direction} text-anchor="start" class="chart-label">{row.label}</text>
              {row.values.map((raw, s) => {
                const length = max > 0 ? (clean(raw) / max) * track : 0;
                const x = inlineX(direction, trackStart, track, offset, length);
                offset += length;
                return length > 0 && (
                  <rect key={s} class="chart-bar" data-series={s} x={x} y={top + labelGap} width={length} height={barHeight} fill={`url(#${patternId(chartId, s)})`} />
                );
              })}
              <text
                x={direction === 'rtl' ? width - pad - totalLength - 4 : pad + totalLength + 4}
                y={top + labelGap + barHeight - 3} direction={direction} text-anchor="start" class="chart-value"
              >
                {formatValue(total)}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
