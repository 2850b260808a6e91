/**
 * A column chart, one column per category along the inline axis (for instance minutes per day):
 * the first category sits at the inline start, so at the right in a right-to-left page.
 * Category labels are drawn under every `labelEvery`-th column so they never overlap.
 */
import { useId } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import { ChartFrame, type ChartTexts } from './ChartFrame';
import { ChartPatterns } from './ChartPatterns';
import { inlineX, patternId, type Direction } from './chart-style';

export interface Column {
  key: string;
  label: string;
  value: number;
}

interface Props {
  texts: ChartTexts & { value: string };
  columns: Column[];
  direction: Direction;
  formatValue?: (value: number) => string;
}

export const COLUMN_GEOMETRY = { width: 320, height: 160, pad: 4, top: 16, labelRoom: 20, gap: 0.2, maxLabels: 8 } as const;

const clean = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

export function ColumnChart({ texts, columns, direction, formatValue = (value) => formatNumber(value) }: Props) {
  const chartId = useId();
  const { width, height, pad, top, labelRoom, gap, maxLabels } = COLUMN_GEOMETRY;
  const max = Math.max(0, ...columns.map((column) => clean(column.value)));
  const track = width - 2 * pad;
  const slot = columns.length > 0 ? track / columns.length : 0;
  const plot = height - top - labelRoom;
  const labelEvery = Math.max(1, Math.ceil(columns.length / maxLabels));

  return (
    <ChartFrame
      chartId={chartId}
      texts={texts}
      legend={[]}
      isEmpty={columns.length === 0 || max === 0}
      table={{ headers: [texts.value], rows: columns.map((column) => ({ key: column.key, label: column.label, cells: [formatValue(clean(column.value))] })) }}
    >
      <svg class="chart-svg" role="img" aria-labelledby={`${chartId}-caption`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <ChartPatterns chartId={chartId} count={1} />
        <line x1={pad} x2={width - pad} y1={top + plot} y2={top + plot} class="chart-axis" stroke="#1f2430" />
        {columns.map((column, index) => {
          const value = clean(column.value);
          const columnHeight = max > 0 ? (value / max) * plot : 0;
          const x = inlineX(direction, pad, track, index * slot + (slot * gap) / 2, slot * (1 - gap));
          const centre = x + (slot * (1 - gap)) / 2;
          return (
            <g key={column.key} class="chart-column">
              {columnHeight > 0 && (
                <rect class="chart-bar" x={x} y={top + plot - columnHeight} width={slot * (1 - gap)} height={columnHeight} fill={`url(#${patternId(chartId, 0)})`} />
              )}
              {columns.length <= maxLabels * 2 && value > 0 && (
                <text x={centre} y={top + plot - columnHeight - 3} text-anchor="middle" class="chart-value">{formatValue(value)}</text>
              )}
              {index % labelEvery === 0 && (
                <text x={centre} y={height - 4} text-anchor="middle" direction={direction} class="chart-label">{column.label}</text>
              )}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
