/**
 * Colours and fills shared by the charts. Each series has a colour with at least 3:1 contrast on
 * white (WCAG 1.4.11) AND its own texture, so colour is never the only cue (printing in black and
 * white, colour blindness). The legend shows the same swatch next to the words.
 */
export const SERIES_STYLES = [
  { colour: '#0b6e4f', texture: 'none' },
  { colour: '#9a4d00', texture: 'stripes' },
  { colour: '#1d4ed8', texture: 'dots' },
  { colour: '#5b6472', texture: 'cross' },
] as const;

export type Direction = 'ltr' | 'rtl';

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}

/** A valid, page-unique id for an SVG `<pattern>` from a component id (useId may contain `:`). */
export const patternId = (chartId: string, series: number) => `${chartId.replace(/[^A-Za-z0-9_-]/g, '')}-fill-${series}`;

/**
 * The x of a segment that starts `offset` units from the inline start of a track of `width`
 * units beginning at `start`: bars grow from the right in right-to-left pages.
 */
export function inlineX(direction: Direction, start: number, width: number, offset: number, length: number): number {
  return direction === 'rtl' ? start + width - offset - length : start + offset;
}
