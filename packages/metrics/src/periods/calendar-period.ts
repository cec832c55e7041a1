import {
  dayNumberOf,
  daysInMonth,
  formatLongDate,
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  MONTH_NAMES,
  REPORTING_PERIODS,
  type ReportingPeriod,
  toDayNumber,
} from '@antislavery/model';
import { InvalidMetricsArgumentError } from '../errors.js';

/**
 * The kinds of period a report can cover: the partnership model's reporting periods (month,
 * calendar quarter, calendar year, financial year from April to March) and `custom`, any range of
 * whole days.
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from '@antislavery/metrics';
 *
 * PERIOD_KINDS;
 * //=> ['month', 'quarter', 'calendar-year', 'financial-year', 'custom']
 * ```
 */
export const PERIOD_KINDS = [...REPORTING_PERIODS, 'custom'] as const;

/**
 * One of the {@link PERIOD_KINDS}.
 *
 * @example
 * ```ts
 * import type { PeriodKind } from '@antislavery/metrics';
 *
 * const kind: PeriodKind = 'financial-year';
 * ```
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A period that metrics are counted over: its kind, its first and last days (both included,
 * written `YYYY-MM-DD`) and its label, such as `2025-Q1`. Build one with {@link parsePeriod},
 * {@link periodContaining} or {@link customPeriod} rather than by hand, so the label matches.
 *
 * @example
 * ```ts
 * import type { CalendarPeriod } from '@antislavery/metrics';
 *
 * const quarter: CalendarPeriod = { kind: 'quarter', start: '2025-01-01', end: '2025-03-31', label: '2025-Q1' };
 * ```
 */
export type CalendarPeriod = {
  /** What kind of period it is. */
  readonly kind: PeriodKind;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day, included. */
  readonly end: IsoDate;
  /** Its label: `2025-03`, `2025-Q1`, `2025`, `FY2024-25`, or `2025-01-15/2025-02-14` for a custom range. */
  readonly label: string;
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The year and month (1 to 12) of a real date. */
function yearMonth(date: IsoDate): [number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
}

/**
 * The label of a period, worked out from its kind and its days: `2025-03` for a month, `2025-Q1`
 * for a quarter, `2025` for a calendar year, `FY2024-25` for a financial year and
 * `2025-01-15/2025-02-14` for a custom range. {@link parsePeriod} reads each of these back.
 *
 * @param period - The period; its own `label` is not read.
 * @example
 * ```ts
 * import { formatPeriod } from '@antislavery/metrics';
 *
 * formatPeriod({ kind: 'financial-year', start: '2024-04-01', end: '2025-03-31' });
 * //=> 'FY2024-25'
 * formatPeriod({ kind: 'quarter', start: '2025-04-01', end: '2025-06-30' });
 * //=> '2025-Q2'
 * ```
 */
export function formatPeriod(period: Pick<CalendarPeriod, 'kind' | 'start' | 'end'>): string {
  const [year, month] = yearMonth(period.start);
  switch (period.kind) {
    case 'month':
      return `${pad(year, 4)}-${pad(month, 2)}`;
    case 'quarter':
      return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'calendar-year':
      return pad(year, 4);
    case 'financial-year':
      return `FY${pad(year, 4)}-${pad((year + 1) % 100, 2)}`;
    case 'custom':
      return `${period.start}/${period.end}`;
  }
}

const longDate = (date: IsoDate) => formatLongDate(date);

/**
 * A period in words, for headings and chart titles: `March 2025`, `January to March 2025`,
 * `2025`, `April 2024 to March 2025`, or `15 January 2025 to 14 February 2025`.
 *
 * @example
 * ```ts
 * import { describePeriod, parsePeriod } from '@antislavery/metrics';
 *
 * const result = parsePeriod('2025-Q1');
 * result.ok && describePeriod(result.value);
 * //=> 'January to March 2025'
 * ```
 */
export function describePeriod(period: Pick<CalendarPeriod, 'kind' | 'start' | 'end'>): string {
  const [year, month] = yearMonth(period.start);
  switch (period.kind) {
    case 'month':
      return `${MONTH_NAMES[month - 1]} ${year}`;
    case 'quarter':
      return `${MONTH_NAMES[month - 1]} to ${MONTH_NAMES[month + 1]} ${year}`;
    case 'calendar-year':
      return String(year);
    case 'financial-year':
      return `April ${year} to March ${year + 1}`;
    case 'custom':
      return period.start === period.end
        ? longDate(period.start)
        : `${longDate(period.start)} to ${longDate(period.end)}`;
  }
}

/** A period of a standard kind from its first day's year and month (month 1 to 12). */
export function standardPeriod(kind: ReportingPeriod, year: number, month: number): CalendarPeriod {
  let first: number;
  let last: number;
  switch (kind) {
    case 'month':
      first = dayNumberOf(year, month, 1);
      last = dayNumberOf(year, month, daysInMonth(year, month));
      break;
    case 'quarter': {
      const startMonth = Math.floor((month - 1) / 3) * 3 + 1;
      first = dayNumberOf(year, startMonth, 1);
      last = dayNumberOf(year, startMonth + 2, daysInMonth(year, startMonth + 2));
      break;
    }
    case 'calendar-year':
      first = dayNumberOf(year, 1, 1);
      last = dayNumberOf(year, 12, 31);
      break;
    case 'financial-year': {
      const startYear = month >= 4 ? year : year - 1;
      first = dayNumberOf(startYear, 4, 1);
      last = dayNumberOf(startYear + 1, 3, 31);
      break;
    }
  }
  if (first < FIRST_DAY || last > LAST_DAY) {
    throw new InvalidMetricsArgumentError('period', 'a period within the years 0001 to 9999');
  }
  return withLabel({ kind, start: fromDayNumber(first), end: fromDayNumber(last) });
}

const FIRST_DAY = dayNumberOf(1, 1, 1);
const LAST_DAY = dayNumberOf(9999, 12, 31);

function withLabel(period: Omit<CalendarPeriod, 'label'>): CalendarPeriod {
  return { ...period, label: formatPeriod(period) };
}

function isReportingPeriod(kind: unknown): kind is ReportingPeriod {
  return (REPORTING_PERIODS as readonly unknown[]).includes(kind);
}

/**
 * The month, calendar quarter, calendar year or financial year (April to March) that contains a
 * date.
 *
 * @param kind - The kind of period.
 * @param date - A real date written `YYYY-MM-DD`.
 * @throws {@link InvalidMetricsArgumentError} if `kind` is not one of the four or `date` is not a
 *   real date.
 * @example
 * ```ts
 * import { periodContaining } from '@antislavery/metrics';
 *
 * periodContaining('financial-year', '2025-02-14').label;
 * //=> 'FY2024-25'
 * periodContaining('quarter', '2025-05-01');
 * //=> { kind: 'quarter', start: '2025-04-01', end: '2025-06-30', label: '2025-Q2' }
 * ```
 */
export function periodContaining(kind: ReportingPeriod, date: IsoDate): CalendarPeriod {
  if (!isReportingPeriod(kind)) {
    throw new InvalidMetricsArgumentError(
      'periodContaining(kind)',
      'month, quarter, calendar-year or financial-year',
    );
  }
  if (!isIsoDate(date)) {
    throw new InvalidMetricsArgumentError('periodContaining(date)', 'a real date written YYYY-MM-DD');
  }
  const [year, month] = yearMonth(date);
  return standardPeriod(kind, year, month);
}

/**
 * A custom period from one day to another, both included.
 *
 * @param start - Its first day, a real date written `YYYY-MM-DD`.
 * @param end - Its last day, the same as or after `start`.
 * @throws {@link InvalidMetricsArgumentError} if either is not a real date or `end` is before
 *   `start`.
 * @example
 * ```ts
 * import { customPeriod } from '@antislavery/metrics';
 *
 * customPeriod('2025-01-15', '2025-02-14').label;
 * //=> '2025-01-15/2025-02-14'
 * ```
 */
export function customPeriod(start: IsoDate, end: IsoDate): CalendarPeriod {
  if (!isIsoDate(start)) {
    throw new InvalidMetricsArgumentError('customPeriod(start)', 'a real date written YYYY-MM-DD');
  }
  if (!isIsoDate(end) || end < start) {
    throw new InvalidMetricsArgumentError(
      'customPeriod(end)',
      'a real date written YYYY-MM-DD, the same as or after the start',
    );
  }
  return withLabel({ kind: 'custom', start, end });
}

/** The first and last day numbers of a period, checking a hand-built period as it goes. */
export function dayRange(period: CalendarPeriod, where: string): { start: number; end: number } {
  if (
    typeof period !== 'object' ||
    period === null ||
    !(PERIOD_KINDS as readonly unknown[]).includes(period.kind) ||
    !isIsoDate(period.start) ||
    !isIsoDate(period.end) ||
    period.end < period.start
  ) {
    throw new InvalidMetricsArgumentError(
      where,
      'a period from parsePeriod, periodContaining or customPeriod',
    );
  }
  return { start: toDayNumber(period.start), end: toDayNumber(period.end) };
}

/** A period with a different span of days, keeping the kind (for custom periods). */
export function customFromDays(start: number, end: number): CalendarPeriod {
  if (start < FIRST_DAY || end > LAST_DAY) {
    throw new InvalidMetricsArgumentError('period', 'a period within the years 0001 to 9999');
  }
  return withLabel({ kind: 'custom', start: fromDayNumber(start), end: fromDayNumber(end) });
}
