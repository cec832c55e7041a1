import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_UNIT_LABELS, type MetricDefinition } from './metric-definition.js';
import { METRICS } from './registry.js';

// docs/metric-definitions.md is the registry rendered: this test fails when they differ, so the
// page cannot drift from the code. To regenerate it after changing a metric, run:
//   UPDATE_METRIC_DEFINITIONS=1 npx vitest run packages/metrics/src/metrics/metric-definitions-page.test.ts
//   npx biome format --write docs/metric-definitions.md
// The comparison ignores the padding Biome adds to table cells.

const page = new URL('../../../../docs/metric-definitions.md', import.meta.url);

const code = (names: readonly string[]) =>
  names.length === 0 ? 'none' : names.map((name) => `\`${name}\``).join(', ');
const cell = (text: string) => text.replace(/\|/g, '\\|');

function entry(metric: MetricDefinition): string[] {
  const lines = [
    `## \`${metric.id}\``,
    '',
    `**${metric.title}.** ${metric.source === 'computed' ? 'Computed from case records' : 'Entered by the partnership'}; unit: ${METRIC_UNIT_LABELS[metric.unit]}.`,
    '',
    metric.description,
  ];
  if (metric.source === 'computed') {
    lines.push(
      '',
      `- Headline figure (what a measure compares): ${metric.headlineDescription}`,
      `- Case record fields read: ${code(metric.fields)}`,
      `- Parameters read besides the period: ${code(metric.parameters)}`,
    );
  } else {
    lines.push('', `- Figures: passed to \`buildReport\` as \`enteredFigures\`, under this id.`);
  }
  return lines;
}

function render(): string {
  const metrics = Object.values(METRICS) as MetricDefinition[];
  const lines = [
    '# Metric definitions',
    '',
    '<!-- Generated from METRICS in packages/metrics; a test checks it. Do not edit by hand:',
    '     UPDATE_METRIC_DEFINITIONS=1 npx vitest run packages/metrics/src/metrics/metric-definitions-page.test.ts',
    '     npx biome format --write docs/metric-definitions.md -->',
    '',
    'Every metric `@antislavery/metrics` defines, by id. A partnership measure names one of these ids',
    'as its `metricId`. Computed metrics are calculated from case records for a period; entered',
    'metrics hold figures the partnership enters itself. See [Metrics](metrics.md) for how to run them.',
    '',
    `There are ${metrics.length} metrics.`,
    '',
    '| Id | Title | Source | Unit |',
    '| --- | --- | --- | --- |',
    ...metrics.map(
      (metric) =>
        `| [\`${metric.id}\`](#${metric.id.replace(/\./g, '')}) | ${cell(metric.title)} | ${metric.source} | ${METRIC_UNIT_LABELS[metric.unit]} |`,
    ),
  ];
  for (const metric of metrics) lines.push('', ...entry(metric));
  return `${lines.join('\n')}\n`;
}

/** A page with its table cells' padding, and the length of separator dashes, taken out. */
const normalise = (text: string) =>
  text
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ *\| */g, '|').replace(/-{3,}/g, '---') : line))
    .join('\n');

describe('docs/metric-definitions.md', () => {
  it('has an entry for every metric of the registry, as the registry renders', () => {
    const expected = render();
    if (process.env.UPDATE_METRIC_DEFINITIONS === '1') writeFileSync(page, expected);
    expect(normalise(readFileSync(page, 'utf8'))).toBe(normalise(expected));
    for (const id of Object.keys(METRICS)) expect(expected).toContain(`## \`${id}\``);
  });
});
