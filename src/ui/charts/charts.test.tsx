import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BAR_GEOMETRY, BarChart } from './BarChart';
import { COLUMN_GEOMETRY, ColumnChart } from './ColumnChart';

const texts = { title: 'Skills', empty: 'No answers yet', showTable: 'Show table', hideTable: 'Hide table', category: 'Skill', total: 'Learners', value: 'Minutes' };
const format = (value: number) => `n${value}`;

/** The attributes of every `<rect class="chart-bar">`, as numbers. */
function bars(html: string): { x: number; width: number; y: number; height: number }[] {
  return [...html.matchAll(/<rect class="chart-bar"[^>]*>/g)].map(([tag]) => {
    const attribute = (name: string) => Number(new RegExp(` ${name}="([^"]+)"`).exec(tag)?.[1]);
    return { x: attribute('x'), width: attribute('width'), y: attribute('y'), height: attribute('height') };
  });
}

const cells = (html: string) => [...html.matchAll(/<t[dh][^>]*>([^<]*)<\/t[dh]>/g)].map((match) => match[1]);

describe('BarChart', () => {
  const rows = [{ key: 'add', label: 'Adding', values: [2, 1, 1] }, { key: 'mul', label: 'Times', values: [0, 1, Number.NaN] }];
  const series = ['Mastered', 'Practising', 'Not started'];

  it('has a figure named by its caption, an SVG image and a table with the same numbers', () => {
    const html = render(<BarChart texts={texts} series={series} rows={rows} direction="ltr" formatValue={format} />);
    expect(html).toMatch(/<figure class="chart" aria-labelledby="([^"]+)-caption"><figcaption id="\1-caption"/);
    expect(html).toMatch(/<svg class="chart-svg" role="img" aria-labelledby="[^"]+-caption"/);
    expect(cells(html)).toEqual(['Skill', 'Mastered', 'Practising', 'Not started', 'Learners', 'Adding', 'n2', 'n1', 'n1', 'n4', 'Times', 'n0', 'n1', 'n0', 'n1']);
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('class="chart-table-wrap visually-hidden"');
  });

  it('stacks parts from the left in left-to-right, and mirrors them exactly from the right in right-to-left', () => {
    const { width, pad } = BAR_GEOMETRY;
    const ltr = bars(render(<BarChart texts={texts} series={series} rows={rows} direction="ltr" />));
    const rtl = bars(render(<BarChart texts={texts} series={series} rows={rows} direction="rtl" />));
    expect(ltr[0]?.x).toBe(pad);
    expect(ltr[1]!.x).toBeCloseTo(ltr[0]!.x + ltr[0]!.width);
    expect(rtl.length).toBe(ltr.length);
    rtl.forEach((bar, i) => {
      expect(bar.width).toBeCloseTo(ltr[i]!.width);
      expect(bar.x + bar.width).toBeCloseTo(width - ltr[i]!.x);
    });
    expect(rtl[0]!.x + rtl[0]!.width).toBe(width - pad);
  });

  it('writes labels from the inline start in both directions', () => {
    expect(render(<BarChart texts={texts} series={series} rows={rows} direction="rtl" />)).toContain(`<text x="${BAR_GEOMETRY.width - BAR_GEOMETRY.pad}" y="12" direction="rtl" text-anchor="start" class="chart-label">Adding</text>`);
    expect(render(<BarChart texts={texts} series={series} rows={rows} direction="ltr" />)).toContain(`<text x="${BAR_GEOMETRY.pad}" y="12" direction="ltr" text-anchor="start" class="chart-label">Adding</text>`);
  });

  it('gives each series its own textured fill and a legend in words', () => {
    const html = render(<BarChart texts={texts} series={series} rows={rows} direction="ltr" />);
    expect(html.match(/<pattern /g)).toHaveLength(3);
    expect(html).toMatch(/<ul class="chart-legend"><li>.*Mastered<\/li><li>.*Practising<\/li><li>.*Not started<\/li><\/ul>/);
  });

  it.each([
    ['no rows', []],
    ['only zeros and broken numbers', [{ key: 'a', label: 'A', values: [0, Number.NaN, -3] }]],
  ])('says "No answers yet" instead of a blank chart for %s, never NaN', (_name, emptyRows) => {
    const html = render(<BarChart texts={texts} series={series} rows={emptyRows} direction="ltr" />);
    expect(html).toContain('<p class="chart-empty">No answers yet</p>');
    expect(html).not.toContain('<svg class="chart-svg"');
    expect(html).not.toContain('NaN');
  });
});

describe('ColumnChart', () => {
  const columns = [{ key: 'd1', label: '10 Mar', value: 30 }, { key: 'd2', label: '11 Mar', value: 0 }, { key: 'd3', label: '12 Mar', value: 15 }];

  it('has a table with one value per category', () => {
    const html = render(<ColumnChart texts={texts} columns={columns} direction="ltr" formatValue={format} />);
    expect(cells(html)).toEqual(['Skill', 'Minutes', '10 Mar', 'n30', '11 Mar', 'n0', '12 Mar', 'n15']);
  });

  it('puts the first day at the inline start: left in left-to-right, right in right-to-left', () => {
    const { width } = COLUMN_GEOMETRY;
    const ltr = bars(render(<ColumnChart texts={texts} columns={columns} direction="ltr" />));
    const rtl = bars(render(<ColumnChart texts={texts} columns={columns} direction="rtl" />));
    expect(ltr).toHaveLength(2);
    expect(ltr[0]!.x).toBeLessThan(ltr[1]!.x);
    expect(rtl[0]!.x).toBeGreaterThan(rtl[1]!.x);
    rtl.forEach((bar, i) => expect(bar.x + bar.width).toBeCloseTo(width - ltr[i]!.x));
    expect(ltr[0]!.height).toBeCloseTo(2 * ltr[1]!.height);
  });

  it('says "No answers yet" for no days or only zero', () => {
    expect(render(<ColumnChart texts={texts} columns={[]} direction="rtl" />)).toContain('No answers yet');
    expect(render(<ColumnChart texts={texts} columns={[{ key: 'd', label: 'd', value: 0 }]} direction="rtl" />)).toContain('No answers yet');
  });
});
