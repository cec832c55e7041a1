import { describe, expect, it } from 'vitest';
import { buildReport } from '../report/build-report.js';
import { many } from '../test-support/records.js';
import { renderJson } from './render-json.js';

describe('renderJson', () => {
  it('gives the report as JSON, suppressed cells with no value', () => {
    const report = buildReport(many(3, { referralDate: '2025-02-01' }), { period: '2025-Q1' });
    const json = renderJson(report);
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json);
    expect(parsed.headline.counts[0].current).toEqual({ suppressed: true, reason: 'primary' });
    expect(parsed.title).toBe(report.title);
  });
});
