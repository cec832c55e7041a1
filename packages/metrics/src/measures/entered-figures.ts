import { metricIdSchema } from '@antislavery/model';
import type { Issue, ValidationResult } from '@antislavery/referrals';
import * as z from 'zod';
import { parsePeriod } from '../periods/parse-period.js';

/**
 * Zod schema for one {@link EnteredFigure}, for figures read from a file or a form.
 *
 * @example
 * ```ts
 * import { enteredFigureSchema } from '@antislavery/metrics';
 *
 * enteredFigureSchema.safeParse({ metricId: 'training.sessions.count', period: '2025-Q1', value: 14 }).success;
 * //=> true
 * ```
 */
export const enteredFigureSchema = z.strictObject(
  {
    metricId: metricIdSchema,
    period: z
      .string({ error: 'Enter the period the figure is for' })
      .refine((label) => parsePeriod(label).ok, {
        error:
          'Enter the period as a month (2025-03), a quarter (2025-Q1), a year (2025), a financial year (FY2024-25) or two dates (2025-01-01/2025-03-31)',
      }),
    value: z
      .number({ error: 'Enter the figure as a number' })
      .refine(Number.isFinite, { error: 'Enter the figure as a number' }),
  },
  { error: 'Enter each figure with its metric id, period and value' },
);

/**
 * A figure the partnership enters for a metric and period, for example the share of people
 * surveyed who know how to report modern slavery. `period` is a label that {@link parsePeriod}
 * reads (`2025`, `FY2024-25`, `2025-Q1`).
 *
 * @example
 * ```ts
 * import type { EnteredFigure } from '@antislavery/metrics';
 * import { metricId } from '@antislavery/model';
 *
 * const survey: EnteredFigure = { metricId: metricId('awareness.local-reporting-and-surveys'), period: 'FY2024-25', value: 62 };
 * ```
 */
export type EnteredFigure = z.infer<typeof enteredFigureSchema>;

const enteredFigureList = z.array(enteredFigureSchema, { error: 'Enter the figures as a list' });

const CODES: Readonly<Record<string, string>> = {
  metricId: 'metrics.entered-figure.metric-id.invalid',
  period: 'metrics.entered-figure.period.invalid',
  value: 'metrics.entered-figure.value.invalid',
};

const unreadable = (): ValidationResult<EnteredFigure[]> => ({
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

/**
 * Reads the figures a partnership enters itself (survey results, training delivered) from outside
 * input, such as a JSON file: a list of `{ metricId, period, value }`. Never throws; each problem
 * is an issue with its path (`[2, 'value']` for the third figure's value), a stable code and a
 * plain-English message that does not repeat the value.
 *
 * @param input - Outside input.
 * @returns The figures, or the issues.
 * @example
 * ```ts
 * import { parseEnteredFigures } from '@antislavery/metrics';
 *
 * const result = parseEnteredFigures([
 *   { metricId: 'awareness.local-reporting-and-surveys', period: 'FY2024-25', value: 62 },
 *   { metricId: 'training.sessions.count', period: '2025-Q5', value: 3 },
 * ]);
 * result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
 * //=> [[[1, 'period'], 'metrics.entered-figure.period.invalid']]
 * ```
 */
export function parseEnteredFigures(input: unknown): ValidationResult<EnteredFigure[]> {
  let parsed: ReturnType<typeof enteredFigureList.safeParse>;
  try {
    parsed = enteredFigureList.safeParse(input);
  } catch {
    // zod throws for a few values no JSON holds, such as an object whose `length` is a symbol.
    return unreadable();
  }
  if (parsed.success) return { ok: true, value: parsed.data, warnings: [] };
  const issues: Issue[] = parsed.error.issues.map((issue) => {
    const field = issue.path[1];
    const code =
      issue.path.length === 0
        ? 'metrics.entered-figure.list.invalid'
        : typeof field === 'string' && Object.hasOwn(CODES, field)
          ? (CODES[field] as string)
          : 'metrics.entered-figure.invalid';
    return {
      severity: 'error',
      path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
      code,
      message: issue.message,
    };
  });
  return { ok: false, issues };
}
