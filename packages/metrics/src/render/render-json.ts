import type { Report } from '../report/report.js';

/**
 * Renders a report as JSON, for other systems: the {@link Report} object itself, indented by two
 * spaces. Suppressed cells are `{ "suppressed": true, "reason": "primary" }` with no value; figures
 * that are `undefined` in the report (not available) are left out.
 *
 * @param report - A report from {@link buildReport}.
 * @returns The JSON text, ending with a line break.
 * @example
 * ```ts
 * import { buildReport, renderJson } from '@antislavery/metrics';
 *
 * const json = JSON.parse(renderJson(buildReport([], { period: '2025-Q1' })));
 * json.period.label;
 * //=> '2025-Q1'
 * ```
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
