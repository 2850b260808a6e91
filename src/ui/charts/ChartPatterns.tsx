/** SVG `<defs>` with one fill per series: its colour, plus a white texture for series after the first. */
import { patternId, seriesStyle } from './chart-style';

export function ChartPatterns({ chartId, count }: { chartId: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => {
        const { colour, texture } = seriesStyle(index);
        return (
          <pattern key={index} id={patternId(chartId, index)} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={colour} />
            {texture === 'stripes' && <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#ffffff" stroke-width="1.2" />}
            {texture === 'dots' && <circle cx="3" cy="3" r="1.2" fill="#ffffff" />}
            {texture === 'cross' && <path d="M0,3 h6 M3,0 v6" stroke="#ffffff" stroke-width="1" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A small legend swatch with the same fill, for the HTML legend. */
export function Swatch({ chartId, index }: { chartId: string; index: number }) {
  return (
    <svg class="chart-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect width="16" height="16" fill={`url(#${patternId(chartId, index)})`} stroke="#1f2430" stroke-width="1" />
    </svg>
  );
}
