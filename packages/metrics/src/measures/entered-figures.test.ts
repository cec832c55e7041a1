import { describe, expect, it } from 'vitest';
import { parseEnteredFigures } from './entered-figures.js';

describe('parseEnteredFigures', () => {
  it('reads a list of figures', () => {
    const input = [
      { metricId: 'awareness.local-reporting-and-surveys', period: 'FY2024-25', value: 62.5 },
      { metricId: 'training.sessions.count', period: '2025-Q1', value: 0 },
    ];
    expect(parseEnteredFigures(input)).toEqual({ ok: true, value: input, warnings: [] });
  });

  it('gives an issue with a path, a code and a message for each problem, never repeating a value', () => {
    const result = parseEnteredFigures([
      { metricId: 'Survey Results', period: '2025', value: 1 },
      { metricId: 'training.sessions.count', period: 'Q1 2025', value: 1 },
      { metricId: 'training.sessions.count', period: '2025', value: '14' },
      { metricId: 'training.sessions.count', period: '2025', value: Number.POSITIVE_INFINITY },
      { metricId: 'training.sessions.count', period: '2025', value: 3, note: 'secret' },
      'nonsense',
    ]);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[0, 'metricId'], 'metrics.entered-figure.metric-id.invalid'],
      [[1, 'period'], 'metrics.entered-figure.period.invalid'],
      [[2, 'value'], 'metrics.entered-figure.value.invalid'],
      [[3, 'value'], 'metrics.entered-figure.value.invalid'],
      [[4], 'metrics.entered-figure.invalid'],
      [[5], 'metrics.entered-figure.invalid'],
    ]);
    expect(issues[2]?.message).toBe('Enter the figure as a number');
    for (const issue of issues) {
      expect(issue.severity).toBe('error');
      expect(issue.message).not.toMatch(/Survey Results|Q1 2025|secret|nonsense/);
    }
  });

  it('asks for a list when given something else', () => {
    const result = parseEnteredFigures({ figures: [] });
    expect(result.ok ? undefined : result.issues[0]).toEqual({
      severity: 'error',
      path: [],
      code: 'metrics.entered-figure.list.invalid',
      message: 'Enter the figures as a list',
    });
  });

  it('gives one issue, not a throw, for a value zod cannot read, such as a length that is a symbol', () => {
    const result = parseEnteredFigures([
      { metricId: { length: Symbol('length') }, period: '2025-Q1', value: 1 },
    ]);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          path: [],
          code: 'metrics.entered-figure.list.unreadable',
          message: 'The figures could not be read: check they are plain data, such as parsed JSON',
        },
      ],
    });
  });
});
