/**
 * What both charts share: a `<figure>` whose caption names the SVG, a legend in words, the empty
 * state instead of a blank drawing, and a real `<table>` with the same numbers, hidden visually
 * until the toggle shows it (screen readers always have it).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Swatch } from './ChartPatterns';

export interface ChartTexts {
  /** The chart's title: the figcaption, also the table's caption. */
  title: string;
  /** Shown instead of the chart when there is nothing to draw ("No answers yet"). */
  empty: string;
  showTable: string;
  hideTable: string;
  /** Header of the first column (the categories: skills, days…). */
  category: string;
}

export interface ChartTable {
  headers: string[];
  rows: { key: string; label: string; cells: string[] }[];
}

interface Props {
  chartId: string;
  texts: ChartTexts;
  legend: string[];
  isEmpty: boolean;
  table: ChartTable;
  children: ComponentChildren;
}

export function ChartFrame({ chartId, texts, legend, isEmpty, table, children }: Props) {
  const [tableShown, setTableShown] = useState(false);
  const captionId = `${chartId}-caption`;
  const tableId = `${chartId}-table`;
  return (
    <figure class="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} class="chart-title">{texts.title}</figcaption>
      {isEmpty ? <p class="chart-empty">{texts.empty}</p> : children}
      {!isEmpty && legend.length > 1 && (
        <ul class="chart-legend">
          {legend.map((label, index) => (
            <li key={label}><Swatch chartId={chartId} index={index} /> {label}</li>
          ))}
        </ul>
      )}
      {table.rows.length > 0 && (
        <>
          <button type="button" class="button secondary chart-toggle" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown(!tableShown)}>
            {tableShown ? texts.hideTable : texts.showTable}
          </button>
          {/* The wrapper is what is hidden: a table ignores a 1 px width and would widen the page. */}
          <div id={tableId} class={tableShown ? 'chart-table-wrap' : 'chart-table-wrap visually-hidden'}>
          <table class="chart-table">
            <caption>{texts.title}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.category}</th>
                {table.headers.map((header) => <th key={header} scope="col">{header}</th>)}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, index) => <td key={index}>{cell}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
    </figure>
  );
}
