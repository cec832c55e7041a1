// Internal: small accessible SVG charts for the HTML report. Each chart has a <title> and a <desc>
// that states every value, so a screen reader gets the data; the HTML page puts the table of the
// same figures under each chart. No scripts, no external resources.
import { escapeHtml } from './escape-html.js';
import { SUPPRESSED_MARK } from './format.js';

export type Bar = {
  readonly label: string;
  /** The value to draw, or `undefined` for a suppressed or missing figure (no bar). */
  readonly value: number | undefined;
  /** The value as printed beside the bar. */
  readonly text: string;
};

const TEXT = '#0b0c0c';
const AXIS = '#b1b4b6';
export const SERIES_COLOURS = ['#1d70b8', '#00703c'] as const;
const CHAR_WIDTH = 7.5;
const ROW = 28;
const BAR = 20;

function descriptionOf(title: string, bars: readonly Bar[]): string {
  const values = bars.map((bar) => `${bar.label}: ${bar.text === SUPPRESSED_MARK ? 'suppressed' : bar.text}`);
  return `${title}. ${values.join('; ')}.`;
}

/** A horizontal bar chart, one bar a row. */
export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const labelWidth = Math.min(320, Math.max(80, ...bars.map((bar) => bar.label.length * CHAR_WIDTH))) + 10;
  const plotWidth = 360;
  const valueWidth = 90;
  const width = labelWidth + plotWidth + valueWidth;
  const height = bars.length * ROW + 10;
  const max = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  const rows = bars.map((bar, i) => {
    const y = 5 + i * ROW;
    const length =
      bar.value === undefined || max === 0
        ? 0
        : Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * plotWidth);
    return [
      `<text x="${labelWidth - 10}" y="${y + BAR / 2}" text-anchor="end" dominant-baseline="middle" fill="${TEXT}">${escapeHtml(bar.label)}</text>`,
      length > 0
        ? `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${BAR}" fill="${SERIES_COLOURS[0]}"></rect>`
        : '',
      `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + BAR / 2}" dominant-baseline="middle" fill="${TEXT}">${escapeHtml(bar.text)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" font-size="14">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(descriptionOf(title, bars))}</desc>`,
    `<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" stroke="${AXIS}"></line>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

/** A column chart of two series over periods, side by side in each period. */
export function columnChart(
  id: string,
  title: string,
  series: readonly string[],
  groups: readonly { readonly label: string; readonly bars: readonly Bar[] }[],
): string {
  const plotHeight = 200;
  const column = 18;
  const groupWidth = series.length * column + 24;
  const left = 10;
  const width = Math.max(left + groups.length * groupWidth + 10, 320);
  const legendY = plotHeight + 50;
  const height = legendY + 20 * series.length + 10;
  const max = Math.max(0, ...groups.flatMap((group) => group.bars.map((bar) => bar.value ?? 0)));
  const parts: string[] = [];
  groups.forEach((group, g) => {
    const x0 = left + g * groupWidth;
    group.bars.forEach((bar, s) => {
      const x = x0 + s * column;
      const h = bar.value === undefined || max === 0 ? 0 : (bar.value / max) * (plotHeight - 20);
      if (h > 0) {
        parts.push(
          `<rect x="${x}" y="${(plotHeight - h).toFixed(1)}" width="${column - 2}" height="${h.toFixed(1)}" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"></rect>`,
        );
      }
      if (bar.value === undefined) {
        parts.push(
          `<text x="${x + (column - 2) / 2}" y="${plotHeight - 4}" text-anchor="middle" fill="${TEXT}" font-size="11">${escapeHtml(bar.text)}</text>`,
        );
      }
    });
    parts.push(
      `<text x="${x0 + (series.length * column) / 2}" y="${plotHeight + 18}" text-anchor="middle" fill="${TEXT}" font-size="12">${escapeHtml(group.label)}</text>`,
    );
  });
  series.forEach((name, s) => {
    const y = legendY + s * 20;
    parts.push(
      `<rect x="${left}" y="${y}" width="14" height="14" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"></rect>`,
      `<text x="${left + 20}" y="${y + 7}" dominant-baseline="middle" fill="${TEXT}">${escapeHtml(name)}</text>`,
    );
  });
  const description = `${title}. ${groups
    .map(
      (group) =>
        `${group.label}: ${group.bars.map((bar, s) => `${series[s]} ${bar.text === SUPPRESSED_MARK ? 'suppressed' : bar.text}`).join(', ')}`,
    )
    .join('; ')}.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" font-size="14">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    `<line x1="${left}" y1="${plotHeight}" x2="${width - 10}" y2="${plotHeight}" stroke="${AXIS}"></line>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
