const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date-only ISO date as GOV.UK writes dates: `2026-04-01` as `1 April 2026`. Internal. */
export function formatUkDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name === undefined || day === undefined ? isoDate : `${day} ${name} ${year}`;
}
